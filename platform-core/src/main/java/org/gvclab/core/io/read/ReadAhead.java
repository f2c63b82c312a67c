package org.gvclab.core.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream ahead on a thread of its own, in chunks, so that producing the bytes (inflating a zip entry) and
 * consuming them (parsing numbers) run on two cores at once. At most {@code chunks} chunks wait in memory. An error
 * of the source reaches the reader at the point where the bytes would have come; closing stops the thread and
 * closes the source.
 */
final class ReadAhead extends InputStream {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> queue;
    private final Thread producer;
    private volatile boolean closed;
    private byte[] chunk = new byte[0];
    private int pos;
    private boolean ended;

    ReadAhead(InputStream source, int chunkSize, int chunks, String name) {
        this.queue = new ArrayBlockingQueue<>(chunks);
        this.producer = new Thread(() -> produce(source, chunkSize), "gvclab-read-ahead " + name);
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(InputStream source, int chunkSize) {
        try (source) {
            boolean end = false;
            while (!closed && !end) {
                byte[] b = new byte[chunkSize];
                int n = 0;
                try {
                    while (n < chunkSize) {
                        int r = source.read(b, n, chunkSize - n);
                        if (r < 0) {
                            end = true;
                            break;
                        }
                        n += r;
                    }
                } catch (IOException | RuntimeException | Error e) {
                    // the bytes before the error first, then the error where the next bytes would have come
                    if (n > 0) {
                        queue.put(java.util.Arrays.copyOf(b, n));
                    }
                    queue.put(e);
                    return;
                }
                if (n > 0) {
                    queue.put(n == chunkSize ? b : java.util.Arrays.copyOf(b, n));
                }
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // closed by the reader
        } catch (IOException e) {
            // closing the source failed after the last byte: nothing was lost
        }
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return chunk[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Makes bytes available in {@code chunk}; false at the end of the source. */
    private boolean fill() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        while (pos == chunk.length) {
            if (ended) {
                return false;
            }
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the next bytes");
            }
            if (next == END) {
                ended = true;
                return false;
            }
            if (next instanceof Throwable failure) {
                ended = true;
                throw rethrown(failure);
            }
            chunk = (byte[]) next;
            pos = 0;
        }
        return true;
    }

    /** The source's failure as the reader gets it: what the source threw, unchanged (only these are queued). */
    private static IOException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return (IOException) failure;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        producer.interrupt();
        boolean interrupted = false;
        while (producer.isAlive()) {
            try {
                producer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
