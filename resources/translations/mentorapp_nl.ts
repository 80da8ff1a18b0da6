<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Controller</name>
    <message>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>My mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vault a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <source>New vault - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault keeps your mentees, notes and plans encrypted on this computer. Choose a passphrase you will remember: without it, or the recovery key you get next, nothing opens - nobody can reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>{title}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes to look at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentee is past the retention date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase mentees past retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned session, not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period ended ({status})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase for good - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} and every session, note, plan and export record of this mentee? This cannot be undone; the erasure log keeps only the date and the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %n mentee(s) past their retention date, with every session, note, plan and export record? This cannot be undone; the erasure log keeps only the date and the number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{vault} - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
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
        <source>&amp;New mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport data (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;essions tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee</source>
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
        <source>Demo vault with made-up people. Its passphrase is: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault - passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include your private notes?

Only when the mentee asked for all data you hold on them (GDPR art. 15). Without them the file holds the profile, shared summaries and plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n mentee(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made and verified: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorapp backups (vault-*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase that was in use when this backup was made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorapp {version}

A confidential workspace for career coaches and move mentors. Your notes stay encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeDialog</name>
    <message>
        <source>Edit mentee - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentee - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. growing sideways, safari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent s&amp;cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal of the trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal of the trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private background, never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Private &amp;background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeListPane</name>
    <message>
        <source>Filter by name or organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter mentees</source>
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
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mentee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeWorkspace</name>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal of the trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past, erase or extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, {date}, SHA-256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing handed over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet. One is made automatically when you lock or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned or due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention date passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery key - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the vault was made (64 characters, dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only way into your vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a page to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key and keep it in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, summaries and plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much energy the mentee showed, 1 (drained) to 10 (full of energy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you agreed, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes, never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared summary, may go to the employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for you. Never exported, never in a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be handed to the employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is still here; it will be saved when possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session with its notes? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Open a vault first: this remembers the key of the open vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure system keychain is available on this computer, so Mentorapp keeps the key nowhere and asks for the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens this vault without the passphrase while you are logged in to this computer. The key is kept in the system keychain, encrypted by the operating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault to choose where its backups go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the backup folder&apos;s full path, choose it with Browse…, or leave it empty to use the vault&apos;s own backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorapp cannot create or write to the backup folder {folder}. Choose another folder, or leave it empty to use the vault&apos;s own backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not accept the key (it may be locked). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use. Never means it stays open until you lock it or close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer (system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this vault on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the vault&apos;s own backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each new backup, older ones beyond this number are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, on exported plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as printed on exported plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation, as printed on exported plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Unlock - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>No secure system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome - Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Mentorapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential workspace for career conversations. Your mentees, private notes and development plans stay encrypted on this computer; nothing goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
