package org.gvclab.web.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload read into memory only up to a limit, checked on the server: the declared size is checked before the
 * first byte is read, and reading stops one byte past the limit, so a file that lies about its size or arrives
 * without one cannot fill the heap either. Small files only (kilobytes to a few megabytes); large ones go to disk.
 */
public final class BoundedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(BoundedUpload.class);
    private final long maxBytes;
    private final BiConsumer<String, byte[]> onFile;
    private final Consumer<String> onTooLarge;

    /**
     * @param maxBytes   the largest file accepted, at most {@code Integer.MAX_VALUE - 8}
     * @param onFile     gets the file's name and bytes, in the UI's session
     * @param onTooLarge gets the file's name when it is larger than {@code maxBytes}, in the UI's session
     */
    public BoundedUpload(long maxBytes, BiConsumer<String, byte[]> onFile, Consumer<String> onTooLarge) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("upload limit out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.onFile = onFile;
        this.onTooLarge = onTooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            log.info("Upload '{}' refused before reading: {} bytes, limit {}", name, event.getFileSize(), maxBytes);
            ui.access(() -> onTooLarge.accept(name));
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            log.info("Upload '{}' refused while reading: more than {} bytes", name, maxBytes);
            ui.access(() -> onTooLarge.accept(name));
            return;
        }
        ui.access(() -> onFile.accept(name, bytes));
    }
}
