"""The durable outbox: store every outgoing mail first, then deliver it exactly once.

Each mail careerlog sends is recorded (its ``prompts`` row) and queued in one
transaction (:mod:`careerlog.outbox.recording`), under a key that a resend never
shares (:mod:`careerlog.outbox.keys`).
"""

from careerlog.outbox.deliver import DeliveryReport, deliver_due
from careerlog.outbox.queue import enqueue, requeue

__all__ = ["DeliveryReport", "deliver_due", "enqueue", "requeue"]
