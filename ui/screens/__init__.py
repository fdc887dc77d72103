"""One module per kiosk screen."""
