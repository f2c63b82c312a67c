package org.gvclab.core.notebook;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes notebooks as JSON with a {@code formatVersion}. Older versions are upgraded on read, one
 * {@link FormatUpgrader} at a time, so a notebook saved years ago still opens; a newer version than this program
 * knows is refused with a message saying so. Cell kinds are stored as {@code "kind"} with
 * {@link CellKind#jsonName()}; the standard codec knows the kinds this core ships, and {@link #withKinds} adds the
 * kinds of features. Unknown fields are refused (a typo never disappears silently).
 *
 * <p>Format 1 (the current one):
 * <pre>{"formatVersion":1,"title":"…","language":"zh-CN",
 *  "parameters":{"clusterId":"…","years":[2022,2023],"scenarioId":null,"ioTableId":null},
 *  "cells":[{"kind":"markdown","id":"intro","source":"# …"}, …]}</pre>
 */
public final class NotebookJsonCodec {

    /** The field that holds the format version. */
    public static final String FORMAT_VERSION = "formatVersion";

    private static final NotebookJsonCodec STANDARD = new NotebookJsonCodec(List.of());

    private final List<FormatUpgrader> upgraders;
    private final Map<String, CellKind> kinds;
    private final int currentVersion;
    private final ObjectMapper mapper;

    /**
     * A codec whose current version is {@code 1 + upgraders.size()}; upgrader {@code i} must read version
     * {@code i + 1}. The standard codec is {@link #standard()}; tests build others to exercise the upgrade path.
     */
    public NotebookJsonCodec(List<FormatUpgrader> upgraders) {
        this(upgraders, List.of(CellKind.values()));
    }

    /**
     * A codec with the given upgraders that reads and writes cells of {@code kinds}.
     *
     * @throws IllegalArgumentException when two kinds share a JSON name, a name or a record
     */
    public NotebookJsonCodec(List<FormatUpgrader> upgraders, Collection<CellKind> kinds) {
        this.upgraders = List.copyOf(upgraders);
        this.kinds = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        Set<Class<?>> types = new HashSet<>();
        for (CellKind kind : kinds) {
            if (kind.equals(this.kinds.get(kind.jsonName()))) {
                continue;
            }
            if (this.kinds.containsKey(kind.jsonName()) || !names.add(kind.name()) || !types.add(kind.type())) {
                throw new IllegalArgumentException("cell kind " + kind + " clashes with another kind of the codec");
            }
            this.kinds.put(kind.jsonName(), kind);
        }
        for (int i = 0; i < this.upgraders.size(); i++) {
            if (this.upgraders.get(i).fromVersion() != i + 1) {
                throw new IllegalArgumentException("upgrader " + i + " reads version "
                        + this.upgraders.get(i).fromVersion() + " but the chain needs one from version " + (i + 1));
            }
        }
        this.currentVersion = 1 + this.upgraders.size();
        this.mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.addMixIn(Cell.class, CellMixin.class);
        for (CellKind kind : this.kinds.values()) {
            mapper.registerSubtypes(new NamedType(kind.type(), kind.jsonName()));
        }
    }

    /**
     * A codec like this one that also reads and writes cells of {@code more} (the kinds features add); the kinds it
     * knows already may be listed again.
     */
    public NotebookJsonCodec withKinds(Collection<CellKind> more) {
        List<CellKind> all = new ArrayList<>(kinds.values());
        all.addAll(more);
        return new NotebookJsonCodec(upgraders, all);
    }

    /** The cell kinds this codec reads and writes. */
    public List<CellKind> kinds() {
        return List.copyOf(kinds.values());
    }

    /** The codec of this GVC Lab version, with every released upgrader. */
    public static NotebookJsonCodec standard() {
        return STANDARD;
    }

    /** The format version this codec writes. */
    public int currentVersion() {
        return currentVersion;
    }

    /** The JSON of {@code document} in the current format. */
    public String write(NotebookDocument document) {
        ObjectNode root = mapper.createObjectNode();
        root.put(FORMAT_VERSION, currentVersion);
        root.setAll((ObjectNode) mapper.valueToTree(document));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write notebook '" + document.title() + "'", e);
        }
    }

    /**
     * The notebook stored in {@code json}, upgraded to the current format.
     *
     * @param source names the JSON in error messages (a file name, "notebook 42")
     * @throws NotebookFormatException naming the source and the JSON path of the problem
     */
    public NotebookDocument read(String json, String source) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new NotebookFormatException(source + ": not JSON: " + e.getOriginalMessage()
                    + location(e), e);
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new NotebookFormatException(source + ": a notebook is a JSON object, found " + tree.getNodeType());
        }
        JsonNode versionNode = root.remove(FORMAT_VERSION);
        if (versionNode == null || !versionNode.canConvertToExactIntegral() || versionNode.asInt() < 1) {
            throw new NotebookFormatException(source + ": '" + FORMAT_VERSION
                    + "' is missing or not a positive whole number: " + versionNode);
        }
        int version = versionNode.asInt();
        if (version > currentVersion) {
            throw new NotebookFormatException(source + ": saved in notebook format " + version
                    + " by a newer GVC Lab; this version reads formats 1 to " + currentVersion + ". Upgrade GVC Lab.");
        }
        for (int v = version; v < currentVersion; v++) {
            try {
                upgraders.get(v - 1).upgrade(root);
            } catch (RuntimeException e) {
                throw new NotebookFormatException(source + ": could not upgrade from format " + v + " to " + (v + 1)
                        + ": " + e.getMessage(), e);
            }
        }
        try {
            return mapper.treeToValue(root, NotebookDocument.class);
        } catch (JsonMappingException e) {
            Throwable cause = e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause() : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            message = message.replaceAll("(?s)\\s*\\(index \\d+\\);\\s*`DeserializationFeature.*", "")
                    .replaceAll("(?s)\\s*\\(class org\\.gvclab[^)]*\\).*", "");
            throw new NotebookFormatException(source + " (format " + version + "): at " + path(e) + ": " + message, e);
        } catch (JsonProcessingException e) {
            throw new NotebookFormatException(source + " (format " + version + "): " + e.getOriginalMessage(), e);
        }
    }

    /** The canonical JSON of one cell (the input hash of evaluation reads it). */
    String cellJson(Cell cell) {
        try {
            return mapper.writerFor(Cell.class).writeValueAsString(cell);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write cell '" + cell.id() + "'", e);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String location(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    private abstract static class CellMixin {
    }
}
