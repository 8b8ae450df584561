package dev.baton.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void anEmptyListIsOnePageWithNothingAround() {
        Page<String> page = new Page<>(List.of(), 0, 20, 0);
        assertThat(page.totalPages()).isEqualTo(1);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.hasPrevious()).isFalse();
    }

    @Test
    void pagesCountUpToTheLastPartialOne() {
        Page<String> middle = new Page<>(List.of("c", "d"), 1, 2, 5);
        assertThat(middle.totalPages()).isEqualTo(3);
        assertThat(middle.hasNext()).isTrue();
        assertThat(middle.hasPrevious()).isTrue();
        assertThat(new PageRequest(2, 2).offset()).isEqualTo(4);
    }
}
