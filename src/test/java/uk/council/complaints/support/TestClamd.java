package uk.council.complaints.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The ClamAV daemon the evidence tests scan with: bin/test starts one on {@link #HOST}:{@link #PORT} with a local
 * test signature database (the EICAR test file only). Tests that need it fail, never skip, when it is not there.
 */
public final class TestClamd {
    public static final String HOST = "127.0.0.1";
    public static final String PORT = "3319";
    /** The EICAR anti-virus test file: harmless, and every scanner reports it. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private TestClamd() {
    }

    public static void requireRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, Integer.parseInt(PORT)), 2000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(4);
            if (!"PONG".equals(new String(reply, StandardCharsets.US_ASCII))) {
                fail("clamd on " + HOST + ":" + PORT + " did not answer PONG");
            }
        } catch (IOException e) {
            fail("clamd is not answering on " + HOST + ":" + PORT + " (" + e.getMessage() + "): run the tests with"
                    + " bin/test, which installs clamav-daemon and starts clamd with the test signature database");
        }
    }

    /** A port nothing listens on: the "scanner cannot be reached" case. */
    public static int closedPort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
