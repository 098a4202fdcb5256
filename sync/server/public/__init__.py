"""The register's public side: the bus's timetable as web pages, iCalendar feeds and a JSON feed, without sign-in."""
