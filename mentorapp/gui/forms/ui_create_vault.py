# Automatically generated from ui/create_vault.ui by 'make forms' - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_vault.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CreateVaultForm(object):
    def setupUi(self, CreateVaultForm):
        if not CreateVaultForm.objectName():
            CreateVaultForm.setObjectName(u"CreateVaultForm")
        CreateVaultForm.resize(560, 420)
        self.outer = QVBoxLayout(CreateVaultForm)
        self.outer.setObjectName(u"outer")
        self.headingLabel = QLabel(CreateVaultForm)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.outer.addWidget(self.headingLabel)

        self.introLabel = QLabel(CreateVaultForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(CreateVaultForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CreateVaultForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.locationLabel = QLabel(CreateVaultForm)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationRow = QHBoxLayout()
        self.locationRow.setObjectName(u"locationRow")
        self.locationEdit = QLineEdit(CreateVaultForm)
        self.locationEdit.setObjectName(u"locationEdit")

        self.locationRow.addWidget(self.locationEdit)

        self.browseButton = QPushButton(CreateVaultForm)
        self.browseButton.setObjectName(u"browseButton")

        self.locationRow.addWidget(self.browseButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.locationRow)

        self.passphraseLabel = QLabel(CreateVaultForm)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(CreateVaultForm)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setMaxLength(1024)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(CreateVaultForm)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(CreateVaultForm)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeatEdit.setMaxLength(1024)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(CreateVaultForm)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)
        self.strengthLabel.setText(u"")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.languageLabel = QLabel(CreateVaultForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(CreateVaultForm)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.outer.addLayout(self.form)

        self.stretch = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.stretch)

        self.messageLabel = QLabel(CreateVaultForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.outer.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(CreateVaultForm)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMinimum(0)
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.outer.addWidget(self.busyBar)

        self.buttonBox = QDialogButtonBox(CreateVaultForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.languageCombo)

        self.retranslateUi(CreateVaultForm)

        QMetaObject.connectSlotsByName(CreateVaultForm)
    # setupUi

    def retranslateUi(self, CreateVaultForm):
        CreateVaultForm.setWindowTitle(QCoreApplication.translate("CreateVaultForm", u"New vault - Mentorapp", None))
        self.headingLabel.setText(QCoreApplication.translate("CreateVaultForm", u"Create a new vault", None))
        self.introLabel.setText(QCoreApplication.translate("CreateVaultForm", u"A vault keeps your mentees, notes and plans encrypted on this computer. Choose a passphrase you will remember: without it, or the recovery key you get next, nothing opens - nobody can reset it.", None))
        self.nameLabel.setText(QCoreApplication.translate("CreateVaultForm", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CreateVaultForm", u"Vault name", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("CreateVaultForm", u"&Location", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("CreateVaultForm", u"Folder for the vault", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("CreateVaultForm", u"&Browse\u2026", None))
        self.passphraseLabel.setText(QCoreApplication.translate("CreateVaultForm", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("CreateVaultForm", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("CreateVaultForm", u"R&epeat", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("CreateVaultForm", u"Repeat passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthLabel.setAccessibleDescription(QCoreApplication.translate("CreateVaultForm", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("CreateVaultForm", u"L&anguage", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("CreateVaultForm", u"Language of the app", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

