package dev.baton.application.shared;

/** Which slice of a long list to return. Pages count from 0; sizes are capped so no request reads a whole table. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw InvalidInputException.of("page", "field.PAGE_FROM_ZERO");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "field.PAGE_SIZE_RANGE", MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
