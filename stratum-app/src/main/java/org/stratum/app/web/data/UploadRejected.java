package org.stratum.app.web.data;

/** Uploaded files that will not be stored, with the reason in words the person uploading can act on. */
class UploadRejected extends RuntimeException {

    UploadRejected(String reason) {
        super(reason);
    }
}
