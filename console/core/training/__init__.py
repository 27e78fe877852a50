"""Training hours (教育培训学时): sessions, attendance and the yearly legal-training target."""
