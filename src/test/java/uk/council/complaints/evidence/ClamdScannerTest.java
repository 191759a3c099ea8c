package uk.council.complaints.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The INSTREAM protocol against a stand-in clamd on a Unix socket: chunks, verdicts, and a scanner that hangs. */
class ClamdScannerTest {
    @TempDir
    Path dir;

    private ClamdScanner scanner(Path socket, Duration timeout) {
        EvidenceProperties.Clamd clamd = new EvidenceProperties.Clamd();
        clamd.setSocket(socket.toString());
        clamd.setTimeout(timeout);
        clamd.setChunkBytes(1024);
        return new ClamdScanner(new EvidenceProperties(clamd));
    }

    /** Accepts one connection, reads the command and the chunks, answers; returns what it received. */
    private CompletableFuture<byte[]> fakeClamd(ServerSocketChannel server, String answer, boolean hang) {
        return CompletableFuture.supplyAsync(() -> {
            try (SocketChannel c = server.accept()) {
                DataInputStream in = new DataInputStream(Channels.newInputStream(c));
                byte[] command = in.readNBytes(10);
                assertEquals("zINSTREAM\0", new String(command, StandardCharsets.US_ASCII));
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                int chunks = 0;
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    assertTrue(length <= 1024, "chunks of the configured size");
                    file.write(in.readNBytes(length));
                    chunks++;
                }
                assertTrue(chunks > 1);
                if (hang) {
                    Thread.sleep(5000);
                }
                Channels.newOutputStream(c).write((answer + "\0").getBytes(StandardCharsets.US_ASCII));
                return file.toByteArray();
            } catch (IOException | InterruptedException e) {
                return new byte[0];
            }
        });
    }

    @Test
    void aCleanAndAnInfectedAnswerOverAUnixSocket() throws Exception {
        Path socket = dir.resolve("clamd.sock");
        byte[] content = new byte[5000];
        content[4999] = 7;
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            CompletableFuture<byte[]> received = fakeClamd(server, "stream: OK", false);
            assertTrue(scanner(socket, Duration.ofSeconds(5)).scan(content).clean());
            assertArrayEquals(content, received.get());
            fakeClamd(server, "stream: Test.EICAR.UNOFFICIAL FOUND", false);
            ClamdScanner.Verdict infected = scanner(socket, Duration.ofSeconds(5)).scan(content);
            assertEquals(new ClamdScanner.Verdict(false, "Test.EICAR.UNOFFICIAL"), infected);
        }
    }

    @Test
    void aScannerThatDoesNotAnswerInTimeOrIsNotThereIsUnavailable() throws Exception {
        Path socket = dir.resolve("slow.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            fakeClamd(server, "stream: OK", true);
            long start = System.nanoTime();
            EvidenceRefused refused = assertThrows(EvidenceRefused.class,
                    () -> scanner(socket, Duration.ofMillis(500)).scan(new byte[3000]));
            assertEquals(EvidenceRefused.Problem.SCANNER_UNAVAILABLE, refused.problem());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4000, "the timeout ends the wait");
        }
        assertEquals(EvidenceRefused.Problem.SCANNER_UNAVAILABLE, assertThrows(EvidenceRefused.class,
                () -> scanner(dir.resolve("none.sock"), Duration.ofSeconds(1)).scan(new byte[10])).problem());
    }
}
