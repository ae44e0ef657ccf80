package org.nlmg.edition.lesson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nlmg.edition.content.EditionProperties;
import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.entry.PageAddresses;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A lesson page, read from its address, and the builder that makes that address with
 * plain GET forms. The builder remembers in a cookie only which lesson is being built, so
 * that "add to lesson" on any page adds to it; the lesson itself is its address.
 */
@Controller
class LessonController {

	private static final String BUILDER = Lesson.PATH + "/build";

	private static final String COOKIE = "lesson";

	private final LessonPages pages;

	private final PageAddresses addresses;

	LessonController(LessonPages pages, EditionProperties properties) {
		this.pages = pages;
		this.addresses = new PageAddresses(properties);
	}

	@GetMapping(Lesson.PATH)
	String lesson(HttpServletRequest request, SpoilerPolicy policy, Model model) {
		Lesson lesson = Lesson.of(request.getParameterMap());
		LessonView view = this.pages.view(lesson, policy);
		model.addAttribute("view", view);
		model.addAttribute("builderUrl", builder(lesson));
		// The address to share and print is the whole lesson's, not the bare page's.
		model.addAttribute("shareAddress", absolute(request, lesson.address()));
		model.addAttribute("crumbs", List.of(Crumb.here(view.getTitle())));
		return "lessons/lesson";
	}

	@GetMapping(BUILDER)
	String build(HttpServletRequest request, HttpServletResponse response,
			@CookieValue(name = COOKIE, required = false) String building, @RequestParam(required = false) String add,
			@RequestParam(required = false) Integer up, @RequestParam(required = false) Integer down,
			@RequestParam(required = false) Integer remove, @RequestParam(name = "new", required = false) String fresh,
			SpoilerPolicy policy, Model model) {
		if (fresh != null) {
			remember(Lesson.EMPTY, response);
			return "redirect:" + BUILDER;
		}
		Lesson lesson = Lesson.of(request.getParameterMap());
		if (lesson.isEmpty() && add != null && building != null) {
			lesson = Lesson.ofQuery(decode(building));
		}
		Lesson changed = (add != null && !add.isBlank()) ? lesson.adding(Lesson.pasted(add))
				: (up != null) ? lesson.moving(up, -1)
						: (down != null) ? lesson.moving(down, 1) : (remove != null) ? lesson.removing(remove) : null;
		if (changed != null) {
			return "redirect:" + builder(changed);
		}
		remember(lesson, response);
		LessonView view = this.pages.view(lesson, policy);
		String address = absolute(request, lesson.address());
		model.addAttribute("view", view);
		model.addAttribute("lessonAddress", address);
		model.addAttribute("lessonPath", lesson.address());
		model.addAttribute("shareAddress", absolute(request, builder(lesson)));
		model.addAttribute("tooLong", address.length() > Lesson.MAX_ADDRESS);
		model.addAttribute("crumbs", List.of(Crumb.here("Build a lesson")));
		return "lessons/build";
	}

	private String absolute(HttpServletRequest request, String path) {
		return this.addresses.absolute(request, path);
	}

	private static String builder(Lesson lesson) {
		String query = lesson.query();
		return BUILDER + (query.isEmpty() ? "" : "?" + query);
	}

	private static void remember(Lesson lesson, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE,
				Base64.getUrlEncoder().withoutPadding().encodeToString(lesson.query().getBytes(StandardCharsets.UTF_8)))
			.path(Lesson.PATH)
			.maxAge(lesson.isEmpty() ? Duration.ZERO : Duration.ofDays(30))
			.sameSite("Lax")
			.httpOnly(true)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** A cookie from an older or tampered builder reads as no lesson. */
	private static String decode(String cookie) {
		try {
			return new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
