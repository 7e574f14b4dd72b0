package cn.gov.hunan.chuyi.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 by hand over a socket, for what an HTTP client refuses to send: a malformed path, a chosen Host header,
 * a request line or headers over the server's limits. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** A response as read from the wire. */
    public record Response(int status, List<String> headers, String body) {

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip())
                    .findFirst();
        }

        /** The SESSION cookie this response set, as "SESSION=…", or the one given. */
        public String sessionCookie(String previous) {
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("set-cookie: session="))
                    .map(h -> h.substring("set-cookie: ".length(), h.indexOf(';')))
                    .reduce((a, b) -> b)
                    .orElse(previous);
        }

        /** The first CSRF token in the page's forms. */
        public String csrfToken() {
            var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
            if (!token.find()) {
                throw new AssertionError("no CSRF token on the page (status " + status + ")");
            }
            return token.group(1);
        }
    }

    /** Sends the request line and headers as given (each without its CRLF), then the body. */
    public Response send(String requestLine, List<String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            var head = new StringBuilder(requestLine).append("\r\n");
            boolean hasHost = false;
            for (String header : headers) {
                head.append(header).append("\r\n");
                hasHost |= header.toLowerCase(Locale.ROOT).startsWith("host:");
            }
            if (!hasHost) {
                head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException answeredEarly) {
                // the server may answer (413) and close before reading a body it refuses: the answer is what counts
            }
            return read(socket.getInputStream());
        }
    }

    public Response get(String path, String... headers) throws IOException {
        return send("GET " + path + " HTTP/1.1", List.of(headers), null);
    }

    /** A form post (application/x-www-form-urlencoded, the body already encoded). */
    public Response post(String path, String formBody, String... headers) throws IOException {
        var all = new ArrayList<>(List.of(headers));
        all.add("Content-Type: application/x-www-form-urlencoded");
        return send("POST " + path + " HTTP/1.1", all, formBody.getBytes(StandardCharsets.UTF_8));
    }

    private static Response read(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (SocketException reset) {
            // a reset after the answer was sent: keep what arrived
        }
        String raw = bytes.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        // an interim "100 Continue" comes first when the client asked for it; this class never does
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        return new Response(status, List.of(lines).subList(1, lines.length), body);
    }
}
