package cn.gov.hunan.chuyi.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * An SMTP server inside the test JVM (GreenMail, on a free loopback port) behind a relay the test can cut, as an
 * unreachable mail server would be. One per JVM, shared by the contexts of the mail tests; {@link #clear} between tests.
 */
public final class MailServer {

    private static MailServer running;

    private final GreenMail greenMail;
    private final TcpProxy relay;

    private MailServer() throws IOException {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        relay = new TcpProxy("127.0.0.1", greenMail.getSmtp().getPort());
    }

    public static synchronized MailServer get() {
        if (running == null) {
            try {
                running = new MailServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    /** The port the portal sends to (the relay's). */
    public int port() {
        return relay.port();
    }

    public void cut() throws IOException {
        relay.cut();
    }

    public void restore() throws IOException {
        relay.restore();
    }

    public void clear() throws FolderException {
        greenMail.purgeEmailFromAllMailboxes();
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The mails one address received. */
    public List<MimeMessage> to(String address) {
        return received().stream()
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The text as the reader sees it (decoded from its transfer encoding). */
    public static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
