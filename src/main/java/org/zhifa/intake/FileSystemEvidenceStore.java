package org.zhifa.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps evidence files under {@code <data folder>/evidence/ab/abcdef…}, named by their SHA-256. A file is written to
 * a temporary name first and moved into place once hashed, so a half-written file never carries a valid name.
 */
@Component
class FileSystemEvidenceStore implements EvidenceStore {

	private final Path root;

	FileSystemEvidenceStore(@Value("${zhifa.intake.evidence-dir:${zhifa.data-dir}/evidence}") String root) {
		this.root = Path.of(root).toAbsolutePath().normalize();
	}

	@Override
	public StoredFile store(InputStream content) throws IOException {
		Files.createDirectories(root);
		Path temporary = Files.createTempFile(root, "upload-", ".part");
		try {
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				size = content.transferTo(out);
			}
			String hash = HexFormat.of().formatHex(digest.digest());
			Path target = pathOf(hash);
			Files.createDirectories(target.getParent());
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new StoredFile(hash, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}

	private Path pathOf(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
