package org.nlmg.edition.system;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every failure Spring sees is answered here: browsers get the error page
 * (templates/error.html), and any other client, such as {@code curl} or a monitor, a line
 * of plain text rather than Spring Boot's JSON.
 */
@Controller
// Only a web server shows errors (a start-up without one, as the content checks run, has
// none).
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:/error}")
class ErrorAnswers extends AbstractErrorController {

	ErrorAnswers(ErrorAttributes errorAttributes) {
		super(errorAttributes);
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		Map<String, Object> model = getErrorAttributes(request,
				ErrorAttributeOptions.defaults().including(ErrorAttributeOptions.Include.MESSAGE));
		model.put("explanation", ErrorText.of(status.value()));
		response.setStatus(status.value());
		return new ModelAndView("error", model, status);
	}

	@RequestMapping
	ResponseEntity<String> text(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(ErrorText.plain(status.value()));
	}

}
