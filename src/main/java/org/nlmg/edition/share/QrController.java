package org.nlmg.edition.share;

import jakarta.servlet.http.HttpServletRequest;
import org.nlmg.edition.content.EditionProperties;
import org.nlmg.edition.entry.PageAddresses;
import org.nlmg.edition.reading.ReadingPosition;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /qr.svg?path=/chapters/6&upto=6} (or {@code /qr.png}): a QR code of a page of
 * the edition at a reading position, for projecting in class. Only the edition's own
 * pages are drawn, at its own address, so a QR code can never send a class elsewhere.
 */
@Controller
@EnableConfigurationProperties(EditionProperties.class)
class QrController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final EditionPages pages;

	private final PageAddresses addresses;

	QrController(EditionPages pages, EditionProperties properties) {
		this.pages = pages;
		this.addresses = new PageAddresses(properties);
	}

	@GetMapping("/qr.svg")
	ResponseEntity<String> svg(@RequestParam(required = false) String path, SpoilerPolicy policy,
			HttpServletRequest request) {
		return ResponseEntity.ok().contentType(SVG).body(QrCodes.svg(address(path, policy, request)));
	}

	@GetMapping("/qr.png")
	ResponseEntity<byte[]> png(@RequestParam(required = false) String path, SpoilerPolicy policy,
			HttpServletRequest request) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(address(path, policy, request)));
	}

	/**
	 * The absolute address the code holds: the page, at the position the link asks for.
	 */
	private String address(String path, SpoilerPolicy policy, HttpServletRequest request) {
		if (path == null || path.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A QR code needs the path of a page of this edition, such as /qr.svg?path=/chapters/6.");
		}
		ReadingPosition position = policy.position();
		if (request.getParameter(ReadingPosition.PARAMETER) != null && !position.fromLink()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, position.notice());
		}
		if (!this.pages.paths().contains(path)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no page at " + path + " in this edition to draw as a QR code.");
		}
		return this.addresses.absolute(request, position.link(path));
	}

}
