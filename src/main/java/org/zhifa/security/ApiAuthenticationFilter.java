package org.zhifa.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every call to {@code /api/**} and {@code /engine-rest/**}: HTTP Basic against the engine's identity
 * service, or the session of a user logged in to the Camunda webapps.
 *
 * <p>The authenticated user and their groups are set on the engine's identity service for the duration of the request,
 * so that the engine's authorization checks apply to everything the request does. A failed login answers the same 401
 * whether or not the user exists; the engine's login throttling applies to Basic credentials too.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

	static final String REALM = "Basic realm=\"zhifa\"";

	private final IdentityService identityService;

	private final String engineName;

	public ApiAuthenticationFilter(IdentityService identityService, String engineName) {
		this.identityService = identityService;
		this.engineName = engineName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> userId = fromSession(request).or(() -> fromBasic(request));
		if (userId.isEmpty()) {
			refuse(response);
			return;
		}

		identityService.setAuthentication(userId.get(), groupsOf(userId.get()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private Optional<String> fromSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		return Optional.ofNullable(authentications)
			.map(auths -> auths.getAuthenticationForProcessEngine(engineName))
			.filter(UserAuthentication.class::isInstance)
			.map(authentication -> authentication.getIdentityId());
	}

	private Optional<String> fromBasic(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}

		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return Optional.empty();
		}

		String userId = decoded.substring(0, colon);
		String password = decoded.substring(colon + 1);
		return identityService.checkPassword(userId, password) ? Optional.of(userId) : Optional.empty();
	}

	private List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
				+ "\"detail\":\"需要登录：用户名或密码不正确\"}");
	}

}
