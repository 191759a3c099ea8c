package uk.council.complaints.evidence;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Evidence files (docs/adr/0013-evidence-files.md). With no scanner (neither clamd host and port nor socket: the
 * embedded default) the evidence page is not offered at all: nothing unscanned is ever kept.
 */
@ConfigurationProperties("portal.evidence")
public class EvidenceProperties {
    private int maxFiles = 5;
    private long maxFileBytes = 10L * 1024 * 1024;
    private final Clamd clamd;

    EvidenceProperties(Clamd clamd) {
        this.clamd = clamd;
    }

    /** Whether a virus scanner is configured, which is what offers the evidence page. */
    public boolean offered() {
        return clamd.getSocket() != null && !clamd.getSocket().isBlank()
                || clamd.getHost() != null && !clamd.getHost().isBlank() && clamd.getPort() > 0;
    }

    public int getMaxFiles() { return maxFiles; }
    public void setMaxFiles(int maxFiles) { this.maxFiles = maxFiles; }
    public long getMaxFileBytes() { return maxFileBytes; }
    public void setMaxFileBytes(long maxFileBytes) { this.maxFileBytes = maxFileBytes; }
    Clamd clamd() { return clamd; }

    /** Where ClamAV's daemon listens: host and port (TCP) or a Unix socket path. */
    @ConfigurationProperties("clamd")
    public static class Clamd {
        private String host;
        private int port;
        private String socket;
        private Duration timeout = Duration.ofSeconds(30);
        private int chunkBytes = 64 * 1024;

        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public int getPort() { return port; }
        public void setPort(int port) { this.port = port; }
        public String getSocket() { return socket; }
        public void setSocket(String socket) { this.socket = socket; }
        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
        public int getChunkBytes() { return chunkBytes; }
        public void setChunkBytes(int chunkBytes) { this.chunkBytes = chunkBytes; }
    }
}
