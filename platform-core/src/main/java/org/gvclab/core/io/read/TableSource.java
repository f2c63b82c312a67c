package org.gvclab.core.io.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Where the files of one table come from: a directory on disk or the checked entries of an uploaded zip. */
interface TableSource {

    boolean exists(String name);

    InputStream open(String name);

    long size(String name);

    /** The file on disk, when there is one (lets large files be parsed in parallel chunks). */
    Optional<Path> path(String name);

    /** A short description of the source for notes ("directory X", "zip upload"). */
    String describe();

    static TableSource directory(Path dir) {
        return new TableSource() {
            @Override
            public boolean exists(String name) {
                return Files.isRegularFile(dir.resolve(name));
            }

            @Override
            public InputStream open(String name) {
                try {
                    return Files.newInputStream(dir.resolve(name));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot open " + dir.resolve(name), e);
                }
            }

            @Override
            public long size(String name) {
                try {
                    return Files.size(dir.resolve(name));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the size of " + dir.resolve(name), e);
                }
            }

            @Override
            public Optional<Path> path(String name) {
                return Optional.of(dir.resolve(name));
            }

            @Override
            public String describe() {
                return "directory " + dir.getFileName();
            }
        };
    }

    static TableSource memory(Map<String, byte[]> files, String description) {
        Map<String, byte[]> copy = new TreeMap<>(files);
        return new TableSource() {
            @Override
            public boolean exists(String name) {
                return copy.containsKey(name);
            }

            @Override
            public InputStream open(String name) {
                byte[] b = copy.get(name);
                if (b == null) {
                    throw new TableValidationException(name, 0, null, "missing from " + description);
                }
                return new ByteArrayInputStream(b);
            }

            @Override
            public long size(String name) {
                byte[] b = copy.get(name);
                return b == null ? 0 : b.length;
            }

            @Override
            public Optional<Path> path(String name) {
                return Optional.empty();
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
