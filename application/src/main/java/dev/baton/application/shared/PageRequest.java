package dev.baton.application.shared;

/** Which slice of a long list to return. Pages count from 0; sizes are capped so no request reads a whole table. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw InvalidInputException.of("page", "The page number starts at 0.", "页码从 0 开始。");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of(
                    "size", "The page size is between 1 and " + MAX_SIZE + ".", "每页条数须在 1 到 " + MAX_SIZE + " 之间。");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
