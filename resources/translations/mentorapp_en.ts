<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DashboardSection</name>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation><numerusform>%Ln overdue</numerusform><numerusform>%Ln overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation><numerusform>… and %Ln more</numerusform><numerusform>… and %Ln more</numerusform></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>Erase %n mentee(s) past their retention date, with every session, note, plan and export record? This cannot be undone. Mentorapp keeps only a numbered note that a mentee was erased (no name, no text), so that restoring an older backup cannot bring them back.</source>
        <translation><numerusform>Erase %n mentee past their retention date, with every session, note, plan and export record? This cannot be undone. Mentorapp keeps only a numbered note that a mentee was erased (no name, no text), so that restoring an older backup cannot bring them back.</numerusform><numerusform>Erase %n mentees past their retention date, with every session, note, plan and export record? This cannot be undone. Mentorapp keeps only a numbered note that a mentee was erased (no name, no text), so that restoring an older backup cannot bring them back.</numerusform></translation>
    </message>
</context>
<context>
    <name>ErasureFlow</name>
    <message numerus="yes">
        <source>Erased %n mentee(s).</source>
        <translation><numerusform>Erased %n mentee.</numerusform><numerusform>Erased %n mentees.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed from %n backup(s).</source>
        <translation><numerusform>Removed from %n backup.</numerusform><numerusform>Removed from %n backups.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Could not purge %n backup(s): made before the vault was re-keyed, or unreadable. They still hold the erased records; delete them yourself:</source>
        <translation><numerusform>Could not purge %n backup: made before the vault was re-keyed, or unreadable. They still hold the erased records; delete them yourself:</numerusform><numerusform>Could not purge %n backups: made before the vault was re-keyed, or unreadable. They still hold the erased records; delete them yourself:</numerusform></translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation><numerusform>Locked after %n minute without activity.</numerusform><numerusform>Locked after %n minutes without activity.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Removed %n erased mentee(s) again from the restored backup.</source>
        <translation><numerusform>Removed %n erased mentee again from the restored backup.</numerusform><numerusform>Removed %n erased mentees again from the restored backup.</numerusform></translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message numerus="yes">
        <source>%n page(s). Check it, then save.</source>
        <translation><numerusform>%n page. Check it, then save.</numerusform><numerusform>%n pages. Check it, then save.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message numerus="yes">
        <source>%n action(s) not SMART yet - you can still save:</source>
        <translation><numerusform>%n action not SMART yet - you can still save:</numerusform><numerusform>%n actions not SMART yet - you can still save:</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
</context>
</TS>
