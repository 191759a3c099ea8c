package uk.council.complaints.evidence;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * ClamAV's daemon, asked through its INSTREAM command over TCP or a Unix socket: {@code zINSTREAM\0}, the file in
 * chunks (a 4-byte big-endian length, then the bytes), a zero length; it answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}. A watchdog closes the connection at the deadline, which ends a connect or read
 * that hangs. Anything but a clear answer is "the scanner cannot be reached": the file is then refused, never kept.
 */
@Singleton
class ClamdScanner {
    private static final int MAX_REPLY = 4096;
    private final EvidenceProperties.Clamd clamd;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "clamd-watchdog");
        t.setDaemon(true);
        return t;
    });

    ClamdScanner(EvidenceProperties properties) {
        this.clamd = properties.clamd();
    }

    /** The verdict; throws {@link EvidenceRefused} (scanner unavailable) when there is none. */
    Verdict scan(byte[] content) {
        String reply;
        try {
            reply = ask(content);
        } catch (IOException e) {
            throw new EvidenceRefused(EvidenceRefused.Problem.SCANNER_UNAVAILABLE, e);
        }
        if (reply.endsWith(" FOUND")) {
            return new Verdict(false, reply.substring(reply.indexOf(':') + 1, reply.length() - " FOUND".length()).trim());
        }
        if (reply.endsWith(": OK")) {
            return new Verdict(true, "");
        }
        throw new EvidenceRefused(EvidenceRefused.Problem.SCANNER_UNAVAILABLE,
                new IOException("clamd answered: " + reply));
    }

    record Verdict(boolean clean, String signature) {
    }

    private String ask(byte[] content) throws IOException {
        boolean unix = clamd.getSocket() != null && !clamd.getSocket().isBlank();
        SocketAddress address = unix ? UnixDomainSocketAddress.of(clamd.getSocket())
                : new InetSocketAddress(clamd.getHost(), clamd.getPort());
        try (SocketChannel channel = unix ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open()) {
            ScheduledFuture<?> deadline = watchdog.schedule(() -> closeQuietly(channel),
                    clamd.getTimeout().toMillis(), TimeUnit.MILLISECONDS);
            try {
                channel.connect(address);
                writeAll(channel, ByteBuffer.wrap("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII)));
                int chunk = Math.max(1024, clamd.getChunkBytes());
                for (int from = 0; from < content.length; from += chunk) {
                    int length = Math.min(chunk, content.length - from);
                    writeAll(channel, ByteBuffer.allocate(4).putInt(0, length));
                    writeAll(channel, ByteBuffer.wrap(content, from, length));
                }
                writeAll(channel, ByteBuffer.allocate(4).putInt(0, 0));
                return readReply(channel);
            } finally {
                deadline.cancel(false);
            }
        }
    }

    private static void writeAll(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static String readReply(SocketChannel channel) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(512);
        while (reply.size() < MAX_REPLY) {
            buffer.clear();
            int read = channel.read(buffer);
            if (read < 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                byte b = buffer.get(i);
                if (b == 0) {
                    return reply.toString(StandardCharsets.US_ASCII).trim();
                }
                reply.write(b);
            }
        }
        return reply.toString(StandardCharsets.US_ASCII).trim();
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the scan then fails with an exception, which is the point
        }
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }
}
