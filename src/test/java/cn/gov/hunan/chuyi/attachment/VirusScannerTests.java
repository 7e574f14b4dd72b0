package cn.gov.hunan.chuyi.attachment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clamd hook against a stand-in daemon that speaks INSTREAM and finds the EICAR test string. */
class VirusScannerTests {

    private ServerSocket clamd;
    private Thread daemon;

    @BeforeEach
    void startClamd() throws Exception {
        clamd = new ServerSocket(0);
        daemon = new Thread(() -> {
            while (!clamd.isClosed()) {
                try (var socket = clamd.accept();
                        var in = new DataInputStream(socket.getInputStream())) {
                    byte[] command = new byte[10];
                    in.readFully(command);
                    var received = new ByteArrayOutputStream();
                    for (int length; (length = in.readInt()) > 0; ) {
                        received.write(in.readNBytes(length));
                    }
                    boolean infected =
                            received.toString(StandardCharsets.US_ASCII).contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE");
                    socket.getOutputStream()
                            .write((infected ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0")
                                    .getBytes(StandardCharsets.US_ASCII));
                } catch (Exception closed) {
                    return;
                }
            }
        });
        daemon.start();
    }

    @AfterEach
    void stopClamd() throws Exception {
        clamd.close();
        daemon.join(2000);
    }

    @Test
    void anInfectedFileIsRefusedACleanOnePassesAndAnUnreachableScannerRefusesToo() throws Exception {
        var scanner = new VirusScanner("127.0.0.1", clamd.getLocalPort(), 2000);
        Path clean = Files.createTempFile("clean", ".pdf");
        Files.writeString(clean, "%PDF-1.4\n" + "x".repeat(200_000));
        assertThatCode(() -> scanner.check(clean)).doesNotThrowAnyException();
        Path eicar = Files.createTempFile("eicar", ".txt");
        Files.writeString(eicar, "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
        assertThatThrownBy(() -> scanner.check(eicar)).hasMessage("attachment.error.infected");

        int closedPort;
        try (var unused = new ServerSocket(0)) {
            closedPort = unused.getLocalPort();
        }
        var unreachable = new VirusScanner("127.0.0.1", closedPort, 500);
        assertThatThrownBy(() -> unreachable.check(clean)).hasMessage("attachment.error.scanUnavailable");
        assertThatCode(() -> new VirusScanner("", 3310, 500).check(eicar))
                .as("off unless configured")
                .doesNotThrowAnyException();
    }
}
