package org.zhifa.intake;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence files are kept, addressed by their SHA-256 so that a file sent twice is stored once and any change
 * to a stored file is detectable.
 */
public interface EvidenceStore {

	/**
	 * Stores the content and answers its address.
	 * @return the stored file's SHA-256 (lower-case hex) and size
	 */
	StoredFile store(InputStream content) throws IOException;

	/** Opens a stored file by its SHA-256. */
	InputStream open(String sha256) throws IOException;

	/** The address and size of a stored file. */
	record StoredFile(String sha256, long sizeBytes) {
	}

}
