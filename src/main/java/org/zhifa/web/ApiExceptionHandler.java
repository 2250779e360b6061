package org.zhifa.web;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Maps errors of our API ({@code /api/v1}) to RFC 9457 problem details, with an {@code errors} list naming each field.
 */
@RestControllerAdvice(basePackages = "org.zhifa")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	static final String ERRORS = "errors";

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException ex) {
		return badRequest(ex.errors());
	}

	@ExceptionHandler(InvalidTaskInputException.class)
	ProblemDetail invalidTaskInput(InvalidTaskInputException ex) {
		return badRequest(ex.errors());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidBody(MethodArgumentNotValidException ex) {
		return badRequest(ex.getBindingResult().getFieldErrors().stream()
			.map(error -> new InvalidRequestException.FieldError(error.getField(), error.getDefaultMessage()))
			.toList());
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException ex) {
		return badRequest(ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream()
				.map(error -> new InvalidRequestException.FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		return badRequest(ex.getConstraintViolations().stream()
			.map(violation -> new InvalidRequestException.FieldError(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return badRequest(List.of(new InvalidRequestException.FieldError(ex.getParameterName(), "必填")));
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ProblemDetail missingHeader(MissingRequestHeaderException ex) {
		return badRequest(List.of(new InvalidRequestException.FieldError(ex.getHeaderName(), "必填")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(new InvalidRequestException.FieldError(ex.getName(), "格式不正确")));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求内容无法解析");
		problem.setTitle("Bad Request");
		return problem;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(AuthorizationException.class)
	ProblemDetail forbidden(AuthorizationException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "无权执行此操作");
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler({ OptimisticLockingException.class, ConflictException.class })
	ProblemDetail conflict(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "记录已被他人修改或任务已被他人签收，请刷新后重试");
	}

	private static ProblemDetail badRequest(List<InvalidRequestException.FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求参数有误");
		problem.setTitle("Bad Request");
		problem.setProperty(ERRORS, errors);
		return problem;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

}
