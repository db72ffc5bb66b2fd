<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>Imported %n row into %1.</numerusform>
            <numerusform>Imported %n rows into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the annual summary %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the annual summary %1 (%n page) to %2.</numerusform>
            <numerusform>Wrote the annual summary %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the minutes of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the minutes of %1 (%n page) to %2.</numerusform>
            <numerusform>Wrote the minutes of %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the notice of %1 (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the notice of %1 (%n page) to %2.</numerusform>
            <numerusform>Wrote the notice of %1 (%n pages) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationStore</name>
    <message numerus="yes">
        <source>This department has %n sub-department(s); move or delete them first.</source>
        <translation>
            <numerusform>This department has %n sub-department; move or delete it first.</numerusform>
            <numerusform>This department has %n sub-departments; move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n development activit(y/ies) belong to this department; move or delete them first. To keep its history, set the date it stopped instead.</source>
        <translation>
            <numerusform>%n development activity belongs to this department; move or delete it first. To keep its history, set the date it stopped instead.</numerusform>
            <numerusform>%n development activities belong to this department; move or delete them first. To keep its history, set the date it stopped instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message numerus="yes">
        <source>%n activity link(s) point to goals of this plan; remove the links first.</source>
        <translation>
            <numerusform>%n activity link points to goals of this plan; remove the links first.</numerusform>
            <numerusform>%n activity links point to goals of this plan; remove the links first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activit(y/ies) are linked to this goal; remove the links first.</source>
        <translation>
            <numerusform>%n activity is linked to this goal; remove the links first.</numerusform>
            <numerusform>%n activities are linked to this goal; remove the links first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearSummary</name>
    <message numerus="yes">
        <source>%n of the active cases belong to no department listed above.</source>
        <translation>
            <numerusform>%n of the active cases belongs to no department listed above.</numerusform>
            <numerusform>%n of the active cases belong to no department listed above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knutepunkt::CasesPage</name>
    <message numerus="yes">
        <source>Its links to %n meeting(s) are removed with it.</source>
        <translation>
            <numerusform>Its links to %n meeting are removed with it.</numerusform>
            <numerusform>Its links to %n meetings are removed with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knutepunkt::FollowUpsList</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knutepunkt::ListPage</name>
    <message numerus="yes">
        <source>Loading… %n row(s) so far</source>
        <translation>
            <numerusform>Loading… %n row so far</numerusform>
            <numerusform>Loading… %n rows so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knutepunkt::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>Imported %n row into %1.</numerusform>
            <numerusform>Imported %n rows into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knutepunkt::MeetingEditor</name>
    <message numerus="yes">
        <source>Still open from earlier meetings of “%1” on %2; %n overdue. Change the status in the row.</source>
        <translation>
            <numerusform>Still open from earlier meetings of “%1” on %2; %n overdue. Change the status in the row.</numerusform>
            <numerusform>Still open from earlier meetings of “%1” on %2; %n overdue. Change the status in the row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knutepunkt::MeetingsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s) past the due date and still open</source>
        <translation>
            <numerusform>%n follow-up past the due date and still open</numerusform>
            <numerusform>%n follow-ups past the due date and still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knutepunkt::OverviewPage</name>
    <message numerus="yes">
        <source>in %n department(s)</source>
        <translation>
            <numerusform>in %n department</numerusform>
            <numerusform>in %n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a listed department</source>
        <translation>
            <numerusform>%n without a listed department</numerusform>
            <numerusform>%n without a listed department</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %1 applied for, %n grant(s)</source>
        <translation>
            <numerusform>of %1 applied for, %n grant</numerusform>
            <numerusform>of %1 applied for, %n grants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knutepunkt::ParticipantsEditor</name>
    <message numerus="yes">
        <source>Invite %n member(s) of staff</source>
        <translation>
            <numerusform>Invite %n member of staff</numerusform>
            <numerusform>Invite %n members of staff</numerusform>
        </translation>
    </message>
</context>
</TS>
