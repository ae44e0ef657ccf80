package org.nlmg.edition.address;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nlmg.edition.content.ContentReader.BlockPlace;

/**
 * Writes a kept id into the Markdown: {@code {#old-id}} at the end of the block that now
 * carries it, or into the braces the block already ends with.
 */
final class KeptIdWriter {

	private static final Pattern BRACES_AT_END = Pattern.compile("^(.*\\{)([^{}]*)\\}\\s*$");

	private final Path contentFolder;

	KeptIdWriter(Path contentFolder) {
		this.contentFolder = contentFolder;
	}

	/**
	 * Keeps the old id on the block, or says why it cannot.
	 * @param alongside keep it beside the block's own id ({@code also=}), not in its
	 * place
	 * @return empty when written, else the reason
	 */
	Optional<String> keep(String oldId, BlockPlace block, boolean alongside) throws IOException {
		Path file = this.contentFolder.resolve(block.file());
		List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
		int index = block.line() - 1;
		if (index < 0 || index >= lines.size()) {
			return Optional.of(block.file() + " has no line " + block.line());
		}
		String line = lines.get(index);
		Matcher braces = BRACES_AT_END.matcher(line);
		// A heading's own id is written without the prefix its page puts before it.
		boolean heading = line.startsWith("#");
		String ownId = (heading && oldId.startsWith(block.headingIdPrefix()))
				? oldId.substring(block.headingIdPrefix().length()) : oldId;
		String attribute = alongside ? "also=\"" + oldId + "\"" : "#" + ownId;
		if (braces.matches()) {
			String inside = braces.group(2).strip();
			if (inside.contains(alongside ? "also=" : "#")) {
				return Optional.of(block.file() + ":" + block.line() + " already has " + (alongside ? "also=" : "an id")
						+ " in its braces: add " + oldId + " there by hand");
			}
			lines.set(index, braces.group(1) + attribute + " " + inside + "}");
		}
		else {
			lines.set(index, line.stripTrailing() + " {" + attribute + "}");
		}
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return Optional.empty();
	}

}
