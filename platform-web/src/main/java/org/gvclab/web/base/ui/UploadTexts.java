package org.gvclab.web.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The texts of Vaadin's upload component, from the application's bundles, so that uploads speak both languages. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Sets every text of {@code upload} in the language of its UI. */
    public static void apply(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop.one"))
                .setMany(upload.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add.one"))
                .setMany(upload.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.error.tooMany"))
                .setFileIsTooBig(upload.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled"))
                        .setProcessing(upload.getTranslation("upload.processing"))
                        .setHeld(upload.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.unexpected"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units().setSize(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB",
                "ZB", "YB")));
        upload.setI18n(i18n);
    }
}
