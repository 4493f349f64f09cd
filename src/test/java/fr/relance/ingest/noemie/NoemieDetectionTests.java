package fr.relance.ingest.noemie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.intake.Detection;
import fr.relance.intake.FileHead;
import fr.relance.formats.noemie.NoemieFiles;

/**
 * What intake learns from the head of a NOEMIE file, and how the importer chooses its
 * framing.
 */
class NoemieDetectionTests {

	private final NoemieImportProperties auto = new NoemieImportProperties(null, null);

	private final NoemieDetector detector = new NoemieDetector(auto);

	@Test
	void namesTheAddresseeOfTheHeaderWithoutItsPaddingZeros() {
		byte[] file = NoemieFiles.twoTransfers("00000750000010", "D00001", "REF D", LineEnd.CRLF, 0);

		Detection detection = detector.detect(new FileHead("r.noemie", file, file.length), null).orElseThrow();

		assertThat(detection.kind()).isEqualTo("noemie");
		assertThat(detection.namedFiness()).contains("750000010");
		assertThat(detection.refusal()).isEmpty();
	}

	@Test
	void refusesAtIntakeASmallFileCutBeforeItsTrailerButLeavesALargeOneToTheImporter() {
		byte[] file = NoemieFiles.twoTransfers("750000010", "D00002", "REF D", LineEnd.CRLF, 0);
		byte[] cut = Arrays.copyOf(file, file.length - 130);

		Detection small = detector.detect(new FileHead("cut.noemie", cut, cut.length), null).orElseThrow();
		Detection large = detector.detect(new FileHead("cut.noemie", cut, cut.length + 100_000), null).orElseThrow();

		assertThat(small.refusal()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("TRUNCATED"));
		assertThat(large.refusal()).isEmpty();
	}

	@Test
	void doesNotTakeAB2ForANoemieReturn() throws Exception {
		byte[] b2 = Files.readAllBytes(Path.of("samples/b2/valid-small-cp.b2"));

		assertThat(detector.detect(new FileHead("x.b2", b2, b2.length), null)).isEmpty();
	}

	@Test
	void readsOneEntityPerLineFilesInLogicalFramingAndOthersPhysically() throws Exception {
		assertThat(auto.options(Files.readAllBytes(Path.of("samples/noemie/valid-logical-lines.txt"))).logicalLines())
			.isTrue();
		assertThat(auto.options(Files.readAllBytes(Path.of("samples/noemie/valid-small-crlf.noemie"))).logicalLines())
			.isFalse();
		assertThat(auto.options(Files.readAllBytes(Path.of("samples/noemie/valid-small-no-line-ends.noemie")))
			.logicalLines()).isFalse();
		assertThat(new NoemieImportProperties(null, "physical")
			.options(Files.readAllBytes(Path.of("samples/noemie/valid-logical-lines.txt")))
			.logicalLines()).isFalse();
	}

}
