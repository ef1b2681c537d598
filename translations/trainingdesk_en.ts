<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>td::AttendanceService</name>
    <message>
        <source>%1 on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructors record attendance of their own sessions only; %1 is taught by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not started yet; check-in opens at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not enrolled in %3. Offer a drop-in sale or enroll them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has %3 class hours left for %4, and the session takes %5 in one pack. Sell a pack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class-hour packs of %1 (%2) for %3 expired on %4. Sell a new pack or a drop-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no class-hour pack for %3. Sell a pack or a drop-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is now %1 class hours below zero; sell a pack to cover them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 class hours left on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership ended on %1; offer a renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makeup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already checked in to %3: %4 at %5. Change or undo that record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a student code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no session now. Their next one is %3; check-in opens at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not enrolled in any session now (such as %3). Offer a drop-in sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no session to check in to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That attendance record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark at least one student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student appears twice in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::BillingNames</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class-hour pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-in ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CatalogItem</name>
    <message>
        <source>Online course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop or lecture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CatalogService</name>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership plan needs a duration of at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot be its own prerequisite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prerequisite is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prerequisite already requires this item, which would make a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has classes, so it must stay an offline course or a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to the online catalog; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog item with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item with online id %1 in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item from the online catalog has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online catalog sent item %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online item %1 clashes with a local item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online item %1 requires %2, which is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CenterSettings</name>
    <message>
        <source>The center name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency code is three capital letters, such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is either true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is a whole number, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is a number, zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ClassHourLedger</name>
    <message>
        <source>There is no class-hour pack %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the student the pack is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course of the pack does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours are for offline courses and workshops only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course or the category the pack&apos;s hours are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack needs more than zero class hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date %1 is already past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale line of the pack does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund more than zero class hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 class hours remain on the pack; %2 cannot be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may correct a class-hour balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction changes the balance by more or less than zero hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the balance is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has %1 class hours; the correction would take it below zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ClassStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ConsentKind</name>
    <message>
        <source>Data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Context</name>
    <message>
        <source>view students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or change students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or erase a student&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the center&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync with the online catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Csv</name>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor UTF-16 text, and this system cannot read GB18030/GBK. Save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not recognized: it is not UTF-8, UTF-16 or GB18030/GBK. Save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::DailyClose</name>
    <message>
        <source>Choose the day to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not begun yet; it cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already closed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer TrainingDesk (schema version %2; this version understands up to %3). Nothing was changed; please update TrainingDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this TrainingDesk needs version %3. Open it once in the TrainingDesk app to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: the transaction is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::DatabaseCheck</name>
    <message>
        <source>Database structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a %3 row that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::DemoCenter</name>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of students must be between 1 and 2,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds a center; the demo center needs an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, catalog and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships and online activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo center failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::EnrollmentService</name>
    <message>
        <source>The class or the student no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived; reactivate the student first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enrolled in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the waitlist of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already completed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2 any more (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrollment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::EnrollmentStatus</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::FeedbackService</name>
    <message>
        <source>Choose the student giving the feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the session or the course the feedback is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session belongs to another course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) did not attend this session; only attendees rate a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has already rated this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::LedgerChecks</name>
    <message>
        <source>Class-hour pack %1: %2 hours bought, but its purchase entries add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-hour pack %1 has %2 hours, but receipt %3 sold %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-hour pack %1 is below zero (%2 hours) although the center does not allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %1 deducted class hours %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 line %2: %3 (%4 hours) refunded of %5 (%6 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 line %2 does not refund a line of the sale it refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt numbers %1 to %2 are missing (the next receipt is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number %1 is out of sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1: subtotal %2, discount %3, total %4, but its lines add up to %5, %6, %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MembershipService</name>
    <message>
        <source>Choose the student the membership is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a membership plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership plan %1 has no duration; set its number of days first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day the membership starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale line of the membership does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::PaymentService</name>
    <message>
        <source>Add at least one item to the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale can have at most %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student of this sale does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the item does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 cannot be sold as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: choose the item to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a %2 is sold to a student; choose the student first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: describe what is sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a membership is sold one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: enter the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the discount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the discount is larger than the line&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a class-hour pack needs a positive number of class hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the pack would already be expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is too large for one receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage discount must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is larger than the sale&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash handed over (%1) is less than the total (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash handed over is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed to approve refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approving staff account is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund requested by %1 needs the approval of an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale to refund does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is itself a refund; refund the original sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund line %1 is not a line of receipt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund line %1 repeats a line of the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund line %1: the amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund line %1: the class hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund line %1: enter an amount or class hours to give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund line %1: at most %2 of &quot;%3&quot; can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund line %1: only a class-hour pack has hours to give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund line %1: the pack has only %2 class hours left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale or refund has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale line has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a drop-in ticket with class hours is for a student; choose the student first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a drop-in ticket&apos;s class hours must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the ticket is for a day that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Receipt</name>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total refunded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Recurrence</name>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Reminders</name>
    <message>
        <source>%1 (%2) has %3 class hours left for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 class hours for %4 expire on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): the %3 membership ends on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) missed their last two sessions (the last on %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::RoomService</name>
    <message>
        <source>The room name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room holds at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a room called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n scheduled session(s); move or cancel them first.</source>
        <translation>
            <numerusform>%1 still has %n scheduled session; move or cancel it first.</numerusform>
            <numerusform>%1 still has %n scheduled sessions; move or cancel them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The class %1 in this room has %2 seats; lower its capacity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ScheduleService</name>
    <message>
        <source>Choose an instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room %1 is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts at most 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more clash(es).)</source>
        <translation>
            <numerusform>(%n more clash.)</numerusform>
            <numerusform>(%n more clashes.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2, but %3 students are enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session ends after it starts, on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a number of sessions or an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class has 1 to %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the time %2–%3 (the clocks change that day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chosen weekday falls between the start and end dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already used by the class “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already teaching the class “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes are scheduled for offline courses and workshops, not for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class has at least one seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds only %2; the class cannot have %3 seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class hours cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop-in price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) are enrolled; drop some before lowering the seats.</source>
        <translation>
            <numerusform>%n student are enrolled; drop some before lowering the seats.</numerusform>
            <numerusform>%n students are enrolled; drop some before lowering the seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the class is cancelled; students will ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the session is cancelled; students will ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scheduled session can be cancelled; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) already have attendance for this session; undo it first.</source>
        <translation>
            <numerusform>%n student already has attendance for this session; undo it first.</numerusform>
            <numerusform>%n students already have attendance for this session; undo it first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a cancelled session gets a makeup session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session already has a makeup session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scheduled session can be moved; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scheduled session can be marked as held; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Schema</name>
    <message>
        <source>The file %1 is not a TrainingDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ServerChanges</name>
    <message>
        <source>It refers to %1 %2, which this desk does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; replaced by &quot;%3&quot; from the sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk does not know the entity &quot;%1&quot;; update TrainingDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number %1 from another desk is already used here; give each desk of the center its own desk code in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits for an earlier change to the same record that this desk could not apply yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student from another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student code %1 is used here by another student, who keeps it; this student waits for its own desk to give it a new code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::SessionStatus</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::StaffService</name>
    <message>
        <source>A username is 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This center already has an administrator; ask them to create your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::StudentCsv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no name column (&quot;name&quot; or &quot;姓名&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 fields but the header names only %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date like 2015-09-01 or 2015/9/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender &quot;%1&quot; is not one of female, male, other (女, 男, 其他).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of active, paused, archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student code %1 is already used on line %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::StudentPrivacy</name>
    <message>
        <source>Erased student %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::StudentService</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student code %1 is not an S followed by six digits (like S000123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: use 11 digits starting with 1, or + and the international number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender %1 is not one of female, male or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s relation to the student is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian&apos;s phone number %1 is not valid: use 11 digits starting with 1, or + and the international number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student under %1 needs at least one guardian with a name, a relation and a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student code %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All student codes up to S999999 are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian with id %1 is not one of this student&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no guardian with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only guardian of %1, who is under %2; add another guardian first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 stays with %2 from another desk (both desks gave it out offline); this student&apos;s code is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::StudentStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::SyncClient</name>
    <message>
        <source>The address does not answer like a TrainingDesk sync server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server speaks API versions %1–%2; this TrainingDesk speaks version %3. Update TrainingDesk or the server; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server&apos;s answer to a push could not be read; it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this desk&apos;s %2 lost to the newer %3 kept by the sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server&apos;s list of changes could not be read; it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server says no: another desk of this center already syncs without a desk code. Give this desk its own code in Settings (A, B…); nothing was sent or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server says no: desk code %1 is already used by another desk of this center, so their receipt numbers would collide. Give this desk its own code in Settings; nothing was sent or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::SyncSettings</name>
    <message>
        <source>A desk code is one to four capital letters or digits, e.g. A or B2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every 1 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync server %1, every %2 minutes, desk code &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::catalog::CatalogStore</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL connection &quot;%1&quot; is not in key=value form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A center needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A center named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog and online activity belong to the online platform; a desk cannot change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entity &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutation has no uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload&apos;s uuid differs from the mutation&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments and class-hour entries are only ever added; a correction is a new entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in this entry deducts for was already recorded by another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted on the server; later edits are not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student was already checked in to this session by another desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file needs an &quot;items&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no online_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) has an unknown kind &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2) needs price_minor, a whole number of minor units of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no center named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a catalog with online items before seeding the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff profile must not carry a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk of this center already syncs without a desk code; give this desk its own code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk of this center already uses desk code %1; give this desk its own code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli</name>
    <message>
        <source>The center database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an empty center database with its first administrator. The password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin&apos;s username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin&apos;s display name (default: the username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin-user is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts students, classes, sessions, attendance and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-hour packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty center database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what the database holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds a realistic demo center, deterministically from a seed. Staff accounts admin, desk and teacher (and the other instructors) have the password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of students (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s today, YYYY-MM-DD (default: the real date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing center database with the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing (and succeed) when the database already holds a center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the students&apos; hidden interests, engagement and churn dates as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--students needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a center; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a center. Use --force to replace it with the demo center (everything in it is lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo center in %1: %2 students, %3 classes, %4 sessions, %5 attendance records, %6 payments (%7 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as admin, desk or teacher with the password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a realistic demo center</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks the database file&apos;s integrity, its references and the ledgers&apos; invariants (pack balances, refunds, gapless receipt numbers). Prints ok and exits 0 when healthy; lists each problem and exits 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to FILE, also while TrainingDesk is using it, then checks the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the copy (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file to write the copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 and checked: ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database and the ledgers&apos; invariants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed for splits and initialisation (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates a recommender on an interactions CSV (columns user, item, optional rating and timestamp): per-user random split, every held-out interaction relevant, items seen in training not ranked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactions CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item descriptions for content and hybrid (columns item, kind, category, level, title, tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pop, itemknn, als, ease, content or hybrid (default als).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of each ranked list (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each user&apos;s interactions held out (default 0.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users / items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train / test pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDCG@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validates a rating predictor on a CSV with columns user, item, rating: RMSE, MAE, fit seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline or mf (default mf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of folds (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown algorithm %1; use baseline or mf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validates L2 logistic regression on any CSV: numeric columns standardised, text columns one-hot, missing values imputed with an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-valued column to predict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of stratified folds (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability from which a row counts as predicted positive (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverse regularisation strength, as scikit-learn&apos;s C (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--c must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label COLUMN is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows / positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR-AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision @ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall @ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 @ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration (predicted → observed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a recommender on an interactions CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validate a rating predictor on a ratings CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-validate logistic regression on any CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sessions of one day of the center&apos;s calendar with room, instructor and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default: today at the center).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date is YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2  %3 (%4)  %5  %6  %7/%8 checked in, %9 seats  %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List one day&apos;s sessions with their counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports students from a CSV file (UTF-8, UTF-16 or GB18030/GBK, as Excel saves it). All or nothing: on any bad row nothing is imported and every problem is listed as FILE:LINE: message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 students from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports every student to a CSV file (UTF-8 with a byte order mark, so that Excel opens it right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 students to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds students the way the desk does: by code (S000123 or 123), phone fragment or the start of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N matches (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only students with this status (active, paused, archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only students with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import students from a CSV file (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every student to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find students by code, phone fragment or name, like the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes this desk&apos;s pending changes to the sync server and pulls what changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server, e.g. https://catalog.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries per request when the server is unreachable (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry delay in milliseconds (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 change(s) (%2 merged with another desk&apos;s), %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 change(s); %2 wait for rows this desk does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push pending changes to the sync server and pull its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: trainingdesk-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run trainingdesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s today, YYYY-MM-DD (default: the real date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains the recommender and the churn and purchase models on the center database, measures them and stores them for the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions: %1 students, %2 items, %3 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 model v%2: %3 examples (%4 positive), AUC %5, PR-AUC %6, Brier %7, F1 %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained and stored in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--student CODE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The courses and classes worth offering a student now, with the reason to give, from the trained recommender and the desk&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to list (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to offer this student now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s chance of leaving in the next 60 days and of buying in the next 30, with the factors behind each, from the trained models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit, purchase or online activity in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk (60 days): %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase chance (30 days): %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and store the recommender and the churn and purchase models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to offer a student, with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s churn risk and purchase chance, with factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First queue every student the server has never been sent (a center&apos;s first sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 student(s) the server did not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or changes this desk&apos;s sync settings (the token is not stored here: the desktop app keeps it in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server, e.g. https://catalog.example.com (empty: off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s code for its receipt series (A, B…; empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the center&apos;s online catalog items as JSON for trainingdesk-catalog load-catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change this desk&apos;s sync server, interval and desk code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the online catalog items as JSON for the catalog server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::insights::DeskRecommendations</name>
    <message>
        <source>Next level after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students who took %1 also took this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Popular with students at the center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::insights::InsightsService</name>
    <message>
        <source>The models have not been trained yet: train them on the Insights page or with trainingdesk-cli train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no student with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::insights::InsightsTrainer</name>
    <message>
        <source>The training was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the center&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is too little history to train on: %1 students with activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the %1 recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building churn and purchase examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the churn model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the purchase model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too few examples of both outcomes to train on (%1 examples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::insights::ModelStore</name>
    <message>
        <source>Unknown kind of model: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained the %1 model, version %2, on %3 examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::insights::StudentSnapshots</name>
    <message>
        <source>Days since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance trend (last 30 days against the 60 before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions missed in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent in the last year (hundreds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks until the class hours run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online activity in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged under 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 12 to 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (raises the score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (lowers the score)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ml::BinaryLabel</name>
    <message>
        <source>There is no column named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label column %1 has an empty cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label column %1 must hold exactly two values; it holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ml::ClassifierEvaluation</name>
    <message>
        <source>Cross-validation needs at least 2 folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each class needs at least as many rows as there are folds (%1 positive, %2 negative, %3 folds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no column besides the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row needs its group (%1 rows, %2 groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few groups have each outcome to make %1 folds that all hold both; use fewer folds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ml::CsvTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; a header row naming the columns is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 cells but the header names %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ml::DatasetTables</name>
    <message>
        <source>The file needs a column named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the rating must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: user and item must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the rating must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no ratings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ml::RecommenderEvaluation</name>
    <message>
        <source>The content-based recommender needs item descriptions (--items FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown algorithm %1; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test fraction must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::sync::Protocol</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk_id is missing or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutations must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch holds at most %1 mutations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mutation must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutation has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutation %1: seq must be a positive integer above the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutation %1: payload must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A push result has no id or an unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged_seq is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change has a missing or out-of-order seq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 lacks an entity, a uuid or a known operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which API versions it speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk_code must be up to four capital letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::CancelSessionDialog</name>
    <message>
        <source>%1, %2 %3 in %4 with %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What students will be told, e.g. instructor ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a &amp;makeup session next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::CheckInPage</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a card, or type a student code or name, and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F2 anywhere to come back to the scan field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Last Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select students and press P, L, A, E or M (or a button); Ctrl+A selects all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected students (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student has the code or name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys and press Enter, or double-click a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled — offer a drop-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 class hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 class hours used, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class hours used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given back: %1 class hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance record was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students are enrolled in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); %1 already recorded.</source>
        <translation>
            <numerusform>%n student; %1 already recorded.</numerusform>
            <numerusform>%n students; %1 already recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the roster of %n student(s).</source>
        <translation>
            <numerusform>Saved the roster of %n student.</numerusform>
            <numerusform>Saved the roster of %n students.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has attended this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1&apos;s rating of %2 of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session for the drop-in ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell a &amp;Drop-in Ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell a drop-in ticket below, or a pack on the Payments page (F3) and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ClassDialog</name>
    <message>
        <source>New Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workshop or Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in ticket price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drop-in tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop-in ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount such as 80 or 80.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 to %2.</source>
        <translation>
            <numerusform>%n session, %1 to %2.</numerusform>
            <numerusform>%n sessions, %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) clash; change the time, the room or the instructor.</source>
        <translation>
            <numerusform>%n session clashes; change the time, the room or the instructor.</numerusform>
            <numerusform>%n sessions clash; change the time, the room or the instructor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::ComingPage</name>
    <message>
        <source>This page is not part of this version of TrainingDesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::DailyCloseDialog</name>
    <message>
        <source>Daily Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the Day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: sales and refunds still count for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 with net takings of %2? Later sales and refunds will count for the next day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::EnrollmentDialog</name>
    <message>
        <source>Class Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student to enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or student code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled and waitlisted students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students of the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 seats taken · %n on the waitlist</source>
        <translation>
            <numerusform>%1 of %2 seats taken · %n on the waitlist</numerusform>
            <numerusform>%1 of %2 seats taken · %n on the waitlist</numerusform>
        </translation>
    </message>
    <message>
        <source>The class is full: %1 is on the waitlist, number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 from the class? The seat goes to the first student on the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got the seat from the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::FirstAdminDialog</name>
    <message>
        <source>Welcome to TrainingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This center database has no administrator yet. Create the first administrator account: the center manager who sets up staff accounts, classes and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from the center&apos;s whole history; takes a while on a large center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students most at risk of leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;risk of leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students most likely to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likely to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training cancelled; the previous models stay in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active student(s) scored. %1</source>
        <translation>
            <numerusform>%n active student scored. %1</numerusform>
            <numerusform>%n active students scored. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk of the active students (next 60 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::InsightsWorker</name>
    <message>
        <source>Recommender v%1, trained %2: NDCG@10 %3 (popularity alone %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churn model v%1: AUC %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase model v%1: AUC %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trained on %n student(s) in %1 s.</source>
        <translation>
            <numerusform>Trained on %n student in %1 s.</numerusform>
            <numerusform>Trained on %n students in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::LoginDialog</name>
    <message>
        <source>Sign in to TrainingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrainingDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk was locked after a while without use. Enter your password to go on, or sign in as another staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit TrainingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrainingDesk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Students from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Students to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TrainingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — TrainingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up the Center Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrainingDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center database was copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TrainingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrainingDesk %1&lt;/h3&gt;&lt;p&gt;The front desk of an offline training center: students, classes, check-in and payments, working offline and synced with the online catalog.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::MakeupDialog</name>
    <message>
        <source>Makeup Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes up for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room and the instructor are free then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::PaymentsModel</name>
    <message>
        <source>Refund of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refund of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::PaymentsPage</name>
    <message>
        <source>Business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number, student name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and refunds of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s takings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop-in Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in: %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, net %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::PrintedDocument</name>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ReceiptDialog</name>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ReceiptPdf</name>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::RefundDialog</name>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours to take back from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. moved to another city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give back by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator approves this refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount such as 100 or 100.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type class hours such as 2 or 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To give back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::RejectedMutationsModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-hour entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-hour pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment or refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SaleDialog</name>
    <message>
        <source>New Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or student code; Enter picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer (no student)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student of the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog item to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in a cell to change the quantity, price, discount, class hours or expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount, or a percentage such as 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash tendered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material or other item (type its name and price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal %1, discount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount such as 100 or 100.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the discount as an amount (50) or a percentage (10%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cash handed over as an amount such as 100 or 100.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SaleLinesModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ScheduleFormat</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SchedulePage</name>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down or Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-off workshop or lecture with drop-in tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll Students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Makeup Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rooms yet; classes need a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A makeup session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;Students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell &amp;Ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drop-in ticket for this session, sold ahead for its day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-in ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SettingsPage</name>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the center&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low class-hour balance reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the desk after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind when a pack is &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt &amp;header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt &amp;footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Center Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next time TrainingDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::Startup</name>
    <message>
        <source>The front desk of a training center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language for this run: en, zh_CN or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrainingDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrainingDesk cannot open the center database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::StudentCsvTransfer</name>
    <message>
        <source>Import Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing students from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the file need correcting first.</source>
        <translation>
            <numerusform>Nothing was imported: %n line of the file need correcting first.</numerusform>
            <numerusform>Nothing was imported: %n lines of the file need correcting first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported (%1).</source>
        <translation>
            <numerusform>%n student imported (%1).</numerusform>
            <numerusform>%n students imported (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) written to %1.</source>
        <translation>
            <numerusform>%n student written to %1.</numerusform>
            <numerusform>%n students written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::StudentDetailPanel</name>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a student to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian recorded. A minor needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on %1 (recorded by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused on %1 (recorded by %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::StudentDialog</name>
    <message>
        <source>New Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. piano, python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for students under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian %1 relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian %1 phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove guardian %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the birth date as year-month-day, e.g. 2015-06-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::StudentInsightsSection</name>
    <message>
        <source>Suggestions for the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to offer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk (next 60 days): %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase chance (next 30 days): %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::StudentListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::StudentOutlookModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top factors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::StudentsPage</name>
    <message>
        <source>Search students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone or student code  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of students found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln student</numerusform>
            <numerusform>%Ln students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::SyncController</name>
    <message>
        <source>changes to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync off (set the server in Settings) · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SyncHistoryModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable (will retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SyncPage</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this desk&apos;s changes and fetch the server&apos;s now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not report when the network comes back; the desk retries on its timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused changes&lt;/b&gt;: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused changes&lt;/b&gt;: the server will not take these; they stay on this desk only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SyncSettingsBox</name>
    <message>
        <source>Sync with the online platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each desk of a center its own code (A, B…) so their receipt numbers never clash; leave it empty on a center&apos;s only desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save S&amp;ync Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is set. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the center&apos;s token from the online platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; sync is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; syncing with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SyncTokenStore</name>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1): the token is kept only until TrainingDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token given for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::TodayPage</name>
    <message>
        <source>Low balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a new pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the student to use the hours before they expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the student or a guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a session to mark its roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::WeekScheduleModel</name>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makeup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3
Room: %4 · Instructor: %5
Enrolled: %6 of %7 · Status: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
