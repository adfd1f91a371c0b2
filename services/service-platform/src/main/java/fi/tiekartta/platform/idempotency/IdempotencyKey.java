package fi.tiekartta.platform.idempotency;

/**
 * The value of an {@code Idempotency-Key} header (IETF draft "The Idempotency-Key HTTP Header Field"). The draft makes
 * it a Structured Field string ({@code "8e03978e-..."}); many clients send it bare, so both are taken. It must be
 * 1 to 255 visible ASCII characters.
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    /** @throws IllegalArgumentException with the reason, for a 400 */
    static IdempotencyKey parse(String header) {
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("The Idempotency-Key header is empty.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The Idempotency-Key header is longer than " + MAX_LENGTH + " characters.");
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new IllegalArgumentException("The Idempotency-Key header may hold only visible ASCII characters.");
        }
        return new IdempotencyKey(value);
    }
}
