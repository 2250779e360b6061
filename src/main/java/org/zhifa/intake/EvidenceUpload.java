package org.zhifa.intake;

import java.io.IOException;
import java.io.InputStream;

/**
 * An evidence file as it arrives with a registration.
 */
public interface EvidenceUpload {

	String fileName();

	String contentType();

	InputStream open() throws IOException;

}
