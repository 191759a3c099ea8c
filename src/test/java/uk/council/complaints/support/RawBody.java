package uk.council.complaints.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request body of a given size sent over a raw socket, declared (Content-Length) or chunked, while the answer is
 * read: a server that answers before the body is over is heard, with how much of the body had been written by then.
 */
public final class RawBody {
    private RawBody() {
    }

    /** The answer's status line and body, and the body bytes written when its first byte arrived. */
    public record Answer(int status, String text, long writtenBeforeAnswer) {
    }

    /**
     * A body of {@code size} bytes: {@code head} (a form field, a multipart part's headers), then 'a's, then
     * {@code tail} (a multipart body's closing boundary).
     */
    public static Answer post(URI base, String path, String contentType, String cookies, byte[] head, long size,
                              byte[] tail, boolean chunked) {
        String request = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nConnection: close\r\nContent-Type: " + contentType + (cookies.isEmpty() ? "" : "\r\nCookie: " + cookies)
                + (chunked ? "\r\nTransfer-Encoding: chunked" : "\r\nContent-Length: " + size) + "\r\n\r\n";
        AtomicLong written = new AtomicLong();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            Thread writer = new Thread(() -> write(socket, request, new byte[][] {head, tail}, size, chunked, written));
            writer.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long before = -1;
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    before = before < 0 ? written.get() : before;
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // the connection was reset after the answer: what was read is the answer
            }
            writer.join(60_000);
            String text = answer.toString(StandardCharsets.UTF_8);
            int status = text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new Answer(status, text, before);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(Socket socket, String request, byte[][] ends, long size, boolean chunked,
                              AtomicLong written) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            byte[] piece = new byte[64 * 1024];
            java.util.Arrays.fill(piece, (byte) 'a');
            long left = size;
            for (byte[] next = ends[0]; left > 0; next = left == ends[1].length ? ends[1] : piece) {
                int n = (int) Math.min(next.length, left - (next == piece ? ends[1].length : 0));
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(next, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                left -= n;
                written.addAndGet(n);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException refused) {
            // the server answered and closed before taking the whole body
        }
    }
}
