package org.nlmg.edition.system;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers a security review expects, on every answer: the stylesheet and script are
 * the edition's own files, nothing runs inline, and pages are framed only where the
 * {@code edition.security.frame-ancestors} setting allows.
 */
final class SecurityHeaders {

	private static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private final String policy;

	private final String frameOptions;

	SecurityHeaders(SecurityProperties properties) {
		String ancestors = properties.frameAncestors();
		this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + ancestors;
		// Older browsers know only X-Frame-Options, which cannot name another site.
		this.frameOptions = switch (ancestors) {
			case "'self'" -> "SAMEORIGIN";
			case "'none'" -> "DENY";
			default -> null;
		};
	}

	void apply(HttpServletResponse response, boolean secure) {
		response.setHeader("Content-Security-Policy", this.policy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS);
		if (this.frameOptions != null) {
			response.setHeader("X-Frame-Options", this.frameOptions);
		}
		if (secure) {
			// Not includeSubDomains: a school's other sites may still be served over
			// HTTP.
			response.setHeader("Strict-Transport-Security", "max-age=31536000");
		}
	}

}
