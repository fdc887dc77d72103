"""Appointment check-in and waiting tickets (docs/office.md, *Appointments*).

``model`` holds the value types and the adapter interface an appointment system
implements (``AppointmentSystem``); ``zms`` is the adapter for ZMS/eappointment;
``cache`` keeps today's appointments sealed on disk for a check-in while offline;
``desk`` checks in (online first, else from the cache) and draws the waiting ticket;
``wedge`` tells a keyboard-wedge scanner's burst from typing. Qt-free.
"""
