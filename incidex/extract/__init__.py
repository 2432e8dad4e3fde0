"""extract: incident mentions in a parsed report and their GTD slots."""
