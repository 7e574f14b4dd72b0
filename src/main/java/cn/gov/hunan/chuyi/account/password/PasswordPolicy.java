package cn.gov.hunan.chuyi.account.password;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least the policy's length (10 by default) and at most 128 characters, three of
 * the four classes (upper, lower, digit, other), not the username, not in the list of common passwords shipped in
 * {@code security/common-passwords.txt}. Reuse of the last passwords is checked by {@link PasswordService}.
 * Long passphrases are welcome and never truncated (the hash is PBKDF2, not bcrypt's 72 bytes).
 */
@Component
class PasswordPolicy {

    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() throws IOException {
        try (InputStream in = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    List<String> violations(String username, String password, int minLength) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            broken.add("account.password.error.short");
            return broken;
        }
        if (password.length() > MAX_LENGTH) {
            broken.add("account.password.error.long");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            broken.add("account.password.error.classes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("account.password.error.username");
        }
        if (common.contains(lower)) {
            broken.add("account.password.error.common");
        }
        return broken;
    }
}
