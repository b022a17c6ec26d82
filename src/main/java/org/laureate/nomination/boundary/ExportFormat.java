package org.laureate.nomination.boundary;

/** The file formats of the secretariat's exports. */
public enum ExportFormat {
    CSV("csv"),
    XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, from which the server also tells the file's content type. */
    public String getExtension() {
        return extension;
    }
}
