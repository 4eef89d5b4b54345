package fr.onboarding.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page answers when a limit is reached: the portal's error page, in the person's language,
 * with when to try again. Other failures reach {@link ErrorPages} as any error does.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    private final Problems problems;

    PageProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RateLimitedException.class)
    ModelAndView rateLimited(RateLimitedException limited, HttpServletResponse response, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.TOO_MANY_REQUESTS, locale);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
        ModelAndView page = new ModelAndView("error");
        page.addObject("problem", problem);
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        return page;
    }
}
