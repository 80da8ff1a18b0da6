# Automatically generated from ui/settings.ui by 'make forms' - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsForm(object):
    def setupUi(self, SettingsForm):
        if not SettingsForm.objectName():
            SettingsForm.setObjectName(u"SettingsForm")
        SettingsForm.resize(560, 400)
        self.outer = QVBoxLayout(SettingsForm)
        self.outer.setObjectName(u"outer")
        self.securityGroup = QGroupBox(SettingsForm)
        self.securityGroup.setObjectName(u"securityGroup")
        self.securityForm = QFormLayout(self.securityGroup)
        self.securityForm.setObjectName(u"securityForm")
        self.securityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.autoLockLabel = QLabel(self.securityGroup)
        self.autoLockLabel.setObjectName(u"autoLockLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.autoLockLabel)

        self.autoLockSpin = QSpinBox(self.securityGroup)
        self.autoLockSpin.setObjectName(u"autoLockSpin")
        self.autoLockSpin.setMinimum(0)
        self.autoLockSpin.setMaximum(240)
        self.autoLockSpin.setValue(5)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.autoLockSpin)

        self.rememberCheck = QCheckBox(self.securityGroup)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.securityForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.rememberCheck)


        self.outer.addWidget(self.securityGroup)

        self.languageGroup = QGroupBox(SettingsForm)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.outer.addWidget(self.languageGroup)

        self.backupGroup = QGroupBox(SettingsForm)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupForm = QFormLayout(self.backupGroup)
        self.backupForm.setObjectName(u"backupForm")
        self.backupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.backupFolderLabel = QLabel(self.backupGroup)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderRow = QHBoxLayout()
        self.backupFolderRow.setObjectName(u"backupFolderRow")
        self.backupFolderEdit = QLineEdit(self.backupGroup)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")
        self.backupFolderEdit.setClearButtonEnabled(True)

        self.backupFolderRow.addWidget(self.backupFolderEdit)

        self.browseButton = QPushButton(self.backupGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.backupFolderRow.addWidget(self.browseButton)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backupFolderRow)

        self.backupKeepLabel = QLabel(self.backupGroup)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupKeepLabel)

        self.backupKeepSpin = QSpinBox(self.backupGroup)
        self.backupKeepSpin.setObjectName(u"backupKeepSpin")
        self.backupKeepSpin.setMinimum(1)
        self.backupKeepSpin.setMaximum(100)
        self.backupKeepSpin.setValue(10)

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupKeepSpin)


        self.outer.addWidget(self.backupGroup)

        self.dashboardGroup = QGroupBox(SettingsForm)
        self.dashboardGroup.setObjectName(u"dashboardGroup")
        self.dashboardForm = QFormLayout(self.dashboardGroup)
        self.dashboardForm.setObjectName(u"dashboardForm")
        self.dashboardForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.careerCheckLabel = QLabel(self.dashboardGroup)
        self.careerCheckLabel.setObjectName(u"careerCheckLabel")

        self.dashboardForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.careerCheckLabel)

        self.careerCheckSpin = QSpinBox(self.dashboardGroup)
        self.careerCheckSpin.setObjectName(u"careerCheckSpin")
        self.careerCheckSpin.setMinimum(1)
        self.careerCheckSpin.setMaximum(36)
        self.careerCheckSpin.setValue(6)

        self.dashboardForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.careerCheckSpin)


        self.outer.addWidget(self.dashboardGroup)

        self.coachGroup = QGroupBox(SettingsForm)
        self.coachGroup.setObjectName(u"coachGroup")
        self.coachForm = QFormLayout(self.coachGroup)
        self.coachForm.setObjectName(u"coachForm")
        self.coachForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.coachNameLabel = QLabel(self.coachGroup)
        self.coachNameLabel.setObjectName(u"coachNameLabel")

        self.coachForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.coachNameLabel)

        self.coachNameEdit = QLineEdit(self.coachGroup)
        self.coachNameEdit.setObjectName(u"coachNameEdit")
        self.coachNameEdit.setMaxLength(120)

        self.coachForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.coachNameEdit)

        self.coachOrganisationLabel = QLabel(self.coachGroup)
        self.coachOrganisationLabel.setObjectName(u"coachOrganisationLabel")

        self.coachForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coachOrganisationLabel)

        self.coachOrganisationEdit = QLineEdit(self.coachGroup)
        self.coachOrganisationEdit.setObjectName(u"coachOrganisationEdit")
        self.coachOrganisationEdit.setMaxLength(120)

        self.coachForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coachOrganisationEdit)

        self.logoLabel = QLabel(self.coachGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.coachForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoEdit = QLineEdit(self.coachGroup)
        self.logoEdit.setObjectName(u"logoEdit")

        self.logoRow.addWidget(self.logoEdit)

        self.logoBrowseButton = QPushButton(self.coachGroup)
        self.logoBrowseButton.setObjectName(u"logoBrowseButton")

        self.logoRow.addWidget(self.logoBrowseButton)


        self.coachForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logoRow)


        self.outer.addWidget(self.coachGroup)

        self.messageLabel = QLabel(SettingsForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.outer.addWidget(self.messageLabel)

        self.stretch = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.stretch)

        self.buttonBox = QDialogButtonBox(SettingsForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.autoLockLabel.setBuddy(self.autoLockSpin)
        self.languageLabel.setBuddy(self.languageCombo)
        self.backupFolderLabel.setBuddy(self.backupFolderEdit)
        self.backupKeepLabel.setBuddy(self.backupKeepSpin)
        self.careerCheckLabel.setBuddy(self.careerCheckSpin)
        self.coachNameLabel.setBuddy(self.coachNameEdit)
        self.coachOrganisationLabel.setBuddy(self.coachOrganisationEdit)
        self.logoLabel.setBuddy(self.logoEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.autoLockSpin, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.backupFolderEdit)
        QWidget.setTabOrder(self.backupFolderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.backupKeepSpin)
        QWidget.setTabOrder(self.backupKeepSpin, self.careerCheckSpin)
        QWidget.setTabOrder(self.careerCheckSpin, self.coachNameEdit)
        QWidget.setTabOrder(self.coachNameEdit, self.coachOrganisationEdit)
        QWidget.setTabOrder(self.coachOrganisationEdit, self.logoEdit)
        QWidget.setTabOrder(self.logoEdit, self.logoBrowseButton)
        QWidget.setTabOrder(self.logoBrowseButton, self.buttonBox)

        self.retranslateUi(SettingsForm)

        QMetaObject.connectSlotsByName(SettingsForm)
    # setupUi

    def retranslateUi(self, SettingsForm):
        SettingsForm.setWindowTitle(QCoreApplication.translate("SettingsForm", u"Settings - Mentorapp", None))
        self.securityGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Security", None))
        self.autoLockLabel.setText(QCoreApplication.translate("SettingsForm", u"&Lock when idle for", None))
#if QT_CONFIG(accessibility)
        self.autoLockSpin.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Lock the vault after this many minutes without use", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.autoLockSpin.setToolTip(QCoreApplication.translate("SettingsForm", u"The vault locks itself after this many minutes without use. Never means it stays open until you lock it or close the app.", None))
#endif // QT_CONFIG(tooltip)
        self.autoLockSpin.setSpecialValueText(QCoreApplication.translate("SettingsForm", u"Never", None))
        self.autoLockSpin.setSuffix(QCoreApplication.translate("SettingsForm", u" min", None))
        self.rememberCheck.setText(QCoreApplication.translate("SettingsForm", u"&Remember this vault on this computer (system keychain)", None))
#if QT_CONFIG(accessibility)
        self.rememberCheck.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Remember this vault on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsForm", u"L&anguage", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Language of the app", None))
#endif // QT_CONFIG(accessibility)
        self.backupGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Backups", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("SettingsForm", u"Backup &folder", None))
#if QT_CONFIG(accessibility)
        self.backupFolderEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupFolderEdit.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"Empty: the vault's own backups folder", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsForm", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Choose the backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.backupKeepLabel.setText(QCoreApplication.translate("SettingsForm", u"&Keep the newest", None))
#if QT_CONFIG(accessibility)
        self.backupKeepSpin.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Number of backups to keep", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backupKeepSpin.setToolTip(QCoreApplication.translate("SettingsForm", u"After each new backup, older ones beyond this number are deleted.", None))
#endif // QT_CONFIG(tooltip)
        self.dashboardGroup.setTitle(QCoreApplication.translate("SettingsForm", u"Dashboard", None))
        self.careerCheckLabel.setText(QCoreApplication.translate("SettingsForm", u"&Career check due after", None))
#if QT_CONFIG(accessibility)
        self.careerCheckSpin.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Career check due after this many months", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.careerCheckSpin.setToolTip(QCoreApplication.translate("SettingsForm", u"The dashboard lists an active mentee under Career check due when their last career check is older than this, or when they never had one and started this long ago.", None))
#endif // QT_CONFIG(tooltip)
        self.careerCheckSpin.setSuffix(QCoreApplication.translate("SettingsForm", u" months", None))
        self.coachGroup.setTitle(QCoreApplication.translate("SettingsForm", u"You, on exported plans", None))
        self.coachNameLabel.setText(QCoreApplication.translate("SettingsForm", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.coachNameEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Your name, as printed on exported plans", None))
#endif // QT_CONFIG(accessibility)
        self.coachOrganisationLabel.setText(QCoreApplication.translate("SettingsForm", u"Or&ganisation", None))
#if QT_CONFIG(accessibility)
        self.coachOrganisationEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Your organisation, as printed on exported plans", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("SettingsForm", u"&Logo", None))
#if QT_CONFIG(accessibility)
        self.logoEdit.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Logo image for exported plans (PNG or JPEG), optional", None))
#endif // QT_CONFIG(accessibility)
        self.logoEdit.setPlaceholderText(QCoreApplication.translate("SettingsForm", u"Optional: a PNG or JPEG image", None))
        self.logoBrowseButton.setText(QCoreApplication.translate("SettingsForm", u"Cho&ose\u2026", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SettingsForm", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

