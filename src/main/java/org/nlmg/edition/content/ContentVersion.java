package org.nlmg.edition.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Which content this edition serves: a hash of every file's path and text, taken once as
 * the content is read, so that a teacher can say which edition a page was cited from and
 * two nodes can be seen to serve the same one.
 */
@Component
public class ContentVersion {

	private volatile String value = "unread";

	/** The first twelve hex digits of the SHA-256 of the content folder. */
	public String value() {
		return this.value;
	}

	void of(List<ContentFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.stream().sorted(Comparator.comparing(ContentFile::path)).forEach((file) -> {
				digest.update((file.path() + "\0" + file.text() + "\0").getBytes(StandardCharsets.UTF_8));
			});
			this.value = HexFormat.of().formatHex(digest.digest(), 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
