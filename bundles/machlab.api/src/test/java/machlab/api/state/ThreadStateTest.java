package machlab.api.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThreadStateTest {

    @Test
    void readsAndPrintsTheDdbForm() {
        ThreadState s = ThreadState.parse(".W..N.P");

        assertThat(s.waiting()).isTrue();
        assertThat(s.uninterruptible()).isTrue();
        assertThat(s.vmPrivileged()).isTrue();
        assertThat(s.run()).isFalse();
        assertThat(s.swapped()).isFalse();
        assertThat(s).hasToString(".W..N.P");
        assertThat(ThreadState.parse("RWSONFP")).hasToString("RWSONFP");
    }

    @Test
    void namesTheBadCharacterAndItsPlace() {
        assertThatThrownBy(() -> ThreadState.parse(".W.XN.P")).hasMessageContaining("'X' at 4");
        assertThatThrownBy(() -> ThreadState.parse(".W")).hasMessageContaining("not 7 characters");
    }
}
