package org.nlmg.edition.quiz;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nlmg.edition.entry.Crumb;
import org.nlmg.edition.model.ContentKind;
import org.nlmg.edition.reading.SpoilerPolicy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The quizzes: a plain form per quiz that posts to its own address, and a result page
 * that is never stored (it is the answer to a POST).
 */
@Controller
class QuizController {

	private static final String QUIZ = "/quizzes/{slug:(?:chapter|part)-[0-9]{1,2}}";

	/** Far more than any quiz's answers take: a bigger body is not from our form. */
	static final long LARGEST_SUBMISSION = 8 * 1024;

	private final QuizPages pages;

	QuizController(QuizPages pages) {
		this.pages = pages;
	}

	@GetMapping("/quizzes")
	String list(SpoilerPolicy policy, Model model) {
		model.addAttribute("parts", this.pages.index(policy));
		model.addAttribute("crumbs", List.of(Crumb.here(ContentKind.QUIZ.indexTitle())));
		return "quizzes/list";
	}

	@GetMapping(QUIZ)
	String show(@PathVariable String slug, SpoilerPolicy policy, Model model) {
		return form(this.pages.quiz(slug, policy), model);
	}

	@PostMapping(QUIZ)
	String answer(@PathVariable String slug, SpoilerPolicy policy, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		QuizPages.Outcome outcome;
		try {
			if (request.getContentLengthLong() > LARGEST_SUBMISSION) {
				throw new InvalidAnswersException("/quizzes/" + slug,
						"The answers sent were far larger than a quiz form sends.");
			}
			outcome = this.pages.answer(slug, request.getParameterMap(), policy);
		}
		catch (InvalidAnswersException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("message", ex.getMessage());
			model.addAttribute("quizUrl", ex.getQuizUrl());
			model.addAttribute("crumbs", List.of(Crumb.index(ContentKind.QUIZ), Crumb.here("Answers not understood")));
			return "quizzes/invalid";
		}
		if (outcome instanceof QuizView again) {
			if (again.message() != null) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return form(again, model);
		}
		QuizResult result = (QuizResult) outcome;
		model.addAttribute("result", result);
		model.addAttribute("crumbs", result.page().crumbs());
		return "quizzes/result";
	}

	private static String form(QuizView quiz, Model model) {
		model.addAttribute("quiz", quiz);
		model.addAttribute("crumbs", quiz.page().crumbs());
		return "quizzes/detail";
	}

}
