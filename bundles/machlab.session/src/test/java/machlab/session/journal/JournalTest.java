package machlab.session.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal on disk: what is appended comes back; a torn or damaged line is found, named and handled. */
class JournalTest {

    @TempDir
    Path dir;

    private Path journalWith(int commands) throws IOException {
        Path file = dir.resolve("journal.jsonl");
        try (Journal j = Journal.create(file, "s1")) {
            for (int i = 0; i < commands; i++) {
                j.append(command(i));
            }
        }
        return file;
    }

    private static Entry.Command command(int i) {
        return new Entry.Command("2026-11-25T14:00:0" + (i % 10) + "Z", "lab:step " + i, Entry.Command.OK, null, i, null,
                i == 1 ? new Entry.Findings("mail.txt", List.of(new Entry.Finding("a.b", "CRITICAL", "t \"quoted\" é",
                        "line one\nline two", List.of("mail.txt:12")))) : null,
                null);
    }

    @Test
    void whatIsAppendedReadsBackInOrderAfterReopening() throws IOException {
        Path file = journalWith(3);
        try (Journal j = Journal.append(file, 4)) {
            j.append(new Entry.Closed("2026-11-25T15:00:00Z"));
            assertThat(j.records()).isEqualTo(5);
        }

        JournalReader.Contents c = JournalReader.recover(file);

        assertThat(c.header().session()).isEqualTo("s1");
        assertThat(c.header().version()).isEqualTo(JournalFormat.VERSION);
        assertThat(c.problems()).isEmpty();
        assertThat(c.tailCutAt()).isEqualTo(-1);
        assertThat(c.entries()).containsExactly(command(0), command(1), command(2), new Entry.Closed("2026-11-25T15:00:00Z"));
        assertThat(Files.readAllLines(file)).hasSize(5)
                .allSatisfy(l -> assertThat(l).matches("\\{\"crc\":\"[0-9a-f]{8}\",\"record\":\\{\"type\":\".*\\}\\}"));
    }

    @Test
    void aTornLastLineIsReportedWithFileAndLineAndCutOffLeavingEveryRecordBefore() throws IOException {
        Path file = journalWith(3);
        byte[] whole = Files.readAllBytes(file);
        byte[] fourth = JournalFormat.encode(command(3));
        // kill -9 in the middle of the fourth command's write: only part of its line reached the disk
        byte[] torn = Arrays.copyOf(whole, whole.length + fourth.length / 2);
        System.arraycopy(fourth, 0, torn, whole.length, fourth.length / 2);
        Files.write(file, torn);

        JournalReader.Contents c = JournalReader.recover(file);

        assertThat(c.entries()).containsExactly(command(0), command(1), command(2));
        assertThat(c.problems()).singleElement().asString()
                .startsWith(file + ":5: torn record at the end (an incomplete line (no newline), " + fourth.length / 2
                        + " bytes)")
                .contains("truncated").contains("the 4 records before it are intact");
        assertThat(Files.readAllBytes(file)).as("cut back to the last whole record").isEqualTo(whole);

        try (Journal j = Journal.append(file, 4)) {
            j.append(command(3));
        }
        JournalReader.Contents again = JournalReader.recover(file);
        assertThat(again.problems()).isEmpty();
        assertThat(again.entries()).containsExactly(command(0), command(1), command(2), command(3));
    }

    @Test
    void aCompleteLastLineWithAFlippedByteFailsItsCrcAndIsCut() throws IOException {
        Path file = journalWith(3);
        byte[] bytes = Files.readAllBytes(file);
        int lastLine = lastLineStart(bytes);
        int inRecord = lastLine + JournalFormat.RECORD_START + 30;
        bytes[inRecord] = (byte) (bytes[inRecord] == 'x' ? 'y' : 'x');
        Files.write(file, bytes);

        JournalReader.Contents c = JournalReader.recover(file);

        assertThat(c.entries()).containsExactly(command(0), command(1));
        assertThat(c.problems()).singleElement().asString().startsWith(file + ":4: torn record at the end (CRC32 mismatch");
        assertThat(Files.size(file)).isEqualTo(lastLine);
    }

    @Test
    void aDamagedLineWithGoodRecordsAfterItIsSkippedAndNothingAfterItIsLost() throws IOException {
        Path file = journalWith(3);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int second = text.indexOf('\n', text.indexOf('\n') + 1) + 1; // line 3: command 1
        bytes[second + 2] = 'X'; // {"Xrc"...
        Files.write(file, bytes);

        JournalReader.Contents c = JournalReader.recover(file);

        assertThat(c.entries()).containsExactly(command(0), command(2));
        assertThat(c.problems()).singleElement().asString().startsWith(file + ":3: a damaged record (not a journal line")
                .contains("skipped").contains("the records after it are kept");
        assertThat(c.tailCutAt()).isEqualTo(-1);
        assertThat(Files.readAllBytes(file)).as("damage in the middle is left for a person to see").isEqualTo(bytes);
    }

    @Test
    void aJournalOfANewerFormatVersionIsRefusedAndLeftAsItIs() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        byte[] header = JournalFormat.encode(new Entry.Header(JournalFormat.FORMAT, JournalFormat.VERSION + 1, "s", "t"));
        Files.write(file, header);

        assertThatThrownBy(() -> JournalReader.recover(file)).isInstanceOf(JournalException.class)
                .hasMessage(file + ":1: journal format version 2, but this Machlab reads version 1: the session was"
                        + " written by a newer Machlab; open it with that one (docs/sessions.md); the file is left as it is");
        assertThat(Files.readAllBytes(file)).isEqualTo(header);
    }

    @Test
    void aFileThatIsNotAJournalIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello\n");

        assertThatThrownBy(() -> JournalReader.recover(file)).isInstanceOf(JournalException.class)
                .hasMessageStartingWith(file + ":1: not a session journal");
        assertThat(Files.readString(file)).isEqualTo("hello\n");
    }

    @Test
    void createNeverLeavesAJournalWithoutItsHeaderAndRefusesToOverwrite() throws IOException {
        Path file = journalWith(0);
        assertThat(JournalReader.read(file).entries()).isEmpty();
        assertThat(dir.toFile().list()).containsExactly("journal.jsonl");
        assertThatThrownBy(() -> Journal.create(file, "again")).hasMessageContaining("exists already");
    }

    private static int lastLineStart(byte[] b) {
        int i = b.length - 2;
        while (b[i] != '\n') {
            i--;
        }
        return i + 1;
    }
}
