package org.nlmg.edition.system;

import java.util.Map;

import org.nlmg.edition.content.ContentVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which edition answers: the build (from META-INF/build-info.properties) and the content
 * (a hash of content/). Neither changes while the edition runs, so stored pages may print
 * it; it is in every page's footer, in /actuator/info and in the X-Edition-Version
 * header, so a teacher can say which edition they cited.
 */
@ControllerAdvice
class EditionVersion implements InfoContributor {

	static final String HEADER = "X-Edition-Version";

	private final ObjectProvider<BuildProperties> build;

	/** Absent only in web slice tests, which load no content. */
	private final ObjectProvider<ContentVersion> content;

	EditionVersion(ObjectProvider<BuildProperties> build, ObjectProvider<ContentVersion> content) {
		this.build = build;
		this.content = content;
	}

	/** The build's version; a build from an IDE that skipped build-info says so. */
	String build() {
		BuildProperties properties = this.build.getIfAvailable();
		return (properties != null) ? properties.getVersion() : "unbuilt";
	}

	String content() {
		ContentVersion version = this.content.getIfAvailable();
		return (version != null) ? version.value() : "unread";
	}

	@ModelAttribute("editionVersion")
	String text() {
		return build() + ", content " + content();
	}

	/** The header's value, such as {@code 0.1.0; content=3fa9c2d1e0ab}. */
	String header() {
		return build() + "; content=" + content();
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("edition", Map.of("build", build(), "content", content()));
	}

}
