package cn.gov.hunan.chuyi.attachment;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The optional virus scan of every upload: ClamAV's daemon over its TCP socket ({@code INSTREAM}). Off unless
 * {@code chuyi.attachment.clamd.host} is set (docs/configuration.md tells production to set it). A file clamd
 * reports infected is refused; when clamd cannot be reached the upload is refused too, never let through unscanned.
 */
@Component
class VirusScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    VirusScanner(
            @Value("${chuyi.attachment.clamd.host:}") String host,
            @Value("${chuyi.attachment.clamd.port:3310}") int port,
            @Value("${chuyi.attachment.clamd.timeout-millis:30000}") int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    boolean enabled() {
        return host != null && !host.isBlank();
    }

    /** @throws AttachmentRejected when the file is infected, or when it could not be scanned */
    void check(Path file) {
        if (!enabled()) {
            return;
        }
        String reply;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            var out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[CHUNK];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    out.writeInt(read);
                    out.write(buffer, 0, read);
                }
            }
            out.writeInt(0);
            out.flush();
            reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("\0", "")
                    .strip();
        } catch (IOException unreachable) {
            throw new AttachmentRejected("attachment.error.scanUnavailable");
        }
        if (reply.endsWith("FOUND")) {
            throw new AttachmentRejected("attachment.error.infected");
        }
        if (!reply.endsWith("OK")) {
            throw new AttachmentRejected("attachment.error.scanUnavailable");
        }
    }
}
