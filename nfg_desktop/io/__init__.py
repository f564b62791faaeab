"""Import (readers, column mapping, duplicates) and export (xlsx, csv, vcf, ics). Qt-free."""
