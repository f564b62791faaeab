# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteer_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from nfg_desktop.gui.editors.fields import (AvailabilityGrid, DateField, TagEditor)

class Ui_VolunteerEditor(object):
    def setupUi(self, VolunteerEditor):
        if not VolunteerEditor.objectName():
            VolunteerEditor.setObjectName(u"VolunteerEditor")
        self.mainLayout = QVBoxLayout(VolunteerEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.personBox = QGroupBox(VolunteerEditor)
        self.personBox.setObjectName(u"personBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personBox.sizePolicy().hasHeightForWidth())
        self.personBox.setSizePolicy(sizePolicy)
        self.personLayout = QFormLayout(self.personBox)
        self.personLayout.setObjectName(u"personLayout")
        self.personLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(self.personBox)
        self.label1.setObjectName(u"label1")

        self.personLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.firstNameEdit = QLineEdit(self.personBox)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.personLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.label2 = QLabel(self.personBox)
        self.label2.setObjectName(u"label2")

        self.personLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.lastNameEdit = QLineEdit(self.personBox)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.personLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.label3 = QLabel(self.personBox)
        self.label3.setObjectName(u"label3")

        self.personLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label3)

        self.birthYearSpin = QSpinBox(self.personBox)
        self.birthYearSpin.setObjectName(u"birthYearSpin")
        self.birthYearSpin.setMaximum(9999)

        self.personLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthYearSpin)

        self.label4 = QLabel(self.personBox)
        self.label4.setObjectName(u"label4")

        self.personLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label4)

        self.statusCombo = QComboBox(self.personBox)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(12)

        self.personLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.label5 = QLabel(self.personBox)
        self.label5.setObjectName(u"label5")

        self.personLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label5)

        self.activeSinceEdit = DateField(self.personBox)
        self.activeSinceEdit.setObjectName(u"activeSinceEdit")

        self.personLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeSinceEdit)

        self.label6 = QLabel(self.personBox)
        self.label6.setObjectName(u"label6")

        self.personLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label6)

        self.leftOnEdit = DateField(self.personBox)
        self.leftOnEdit.setObjectName(u"leftOnEdit")

        self.personLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leftOnEdit)


        self.mainLayout.addWidget(self.personBox)

        self.addressBox = QGroupBox(VolunteerEditor)
        self.addressBox.setObjectName(u"addressBox")
        sizePolicy.setHeightForWidth(self.addressBox.sizePolicy().hasHeightForWidth())
        self.addressBox.setSizePolicy(sizePolicy)
        self.addressLayout = QFormLayout(self.addressBox)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.addressLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label7 = QLabel(self.addressBox)
        self.label7.setObjectName(u"label7")

        self.addressLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label7)

        self.streetEdit = QLineEdit(self.addressBox)
        self.streetEdit.setObjectName(u"streetEdit")

        self.addressLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.label8 = QLabel(self.addressBox)
        self.label8.setObjectName(u"label8")

        self.addressLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label8)

        self.postalCodeEdit = QLineEdit(self.addressBox)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")
        self.postalCodeEdit.setMaxLength(10)

        self.addressLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.label9 = QLabel(self.addressBox)
        self.label9.setObjectName(u"label9")

        self.addressLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label9)

        self.cityEdit = QLineEdit(self.addressBox)
        self.cityEdit.setObjectName(u"cityEdit")

        self.addressLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.localityLabel = QLabel(self.addressBox)
        self.localityLabel.setObjectName(u"localityLabel")

        self.addressLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.localityLabel)

        self.localityCombo = QComboBox(self.addressBox)
        self.localityCombo.setObjectName(u"localityCombo")
        self.localityCombo.setEditable(True)
        self.localityCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.addressLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.localityCombo)

        self.label10 = QLabel(self.addressBox)
        self.label10.setObjectName(u"label10")

        self.addressLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label10)

        self.phoneEdit = QLineEdit(self.addressBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.addressLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.label11 = QLabel(self.addressBox)
        self.label11.setObjectName(u"label11")

        self.addressLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label11)

        self.emailEdit = QLineEdit(self.addressBox)
        self.emailEdit.setObjectName(u"emailEdit")

        self.addressLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.mainLayout.addWidget(self.addressBox)

        self.consentBox = QGroupBox(VolunteerEditor)
        self.consentBox.setObjectName(u"consentBox")
        sizePolicy.setHeightForWidth(self.consentBox.sizePolicy().hasHeightForWidth())
        self.consentBox.setSizePolicy(sizePolicy)
        self.consentLayout = QFormLayout(self.consentBox)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consentLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label12 = QLabel(self.consentBox)
        self.label12.setObjectName(u"label12")

        self.consentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label12)

        self.consentGivenEdit = DateField(self.consentBox)
        self.consentGivenEdit.setObjectName(u"consentGivenEdit")

        self.consentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentGivenEdit)

        self.consentContactCheck = QCheckBox(self.consentBox)
        self.consentContactCheck.setObjectName(u"consentContactCheck")

        self.consentLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.consentContactCheck)

        self.consentPhotosCheck = QCheckBox(self.consentBox)
        self.consentPhotosCheck.setObjectName(u"consentPhotosCheck")

        self.consentLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.consentPhotosCheck)

        self.consentSharingCheck = QCheckBox(self.consentBox)
        self.consentSharingCheck.setObjectName(u"consentSharingCheck")

        self.consentLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.consentSharingCheck)

        self.label13 = QLabel(self.consentBox)
        self.label13.setObjectName(u"label13")

        self.consentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label13)

        self.consentWithdrawnEdit = DateField(self.consentBox)
        self.consentWithdrawnEdit.setObjectName(u"consentWithdrawnEdit")

        self.consentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consentWithdrawnEdit)


        self.mainLayout.addWidget(self.consentBox)

        self.availabilityBox = QGroupBox(VolunteerEditor)
        self.availabilityBox.setObjectName(u"availabilityBox")
        sizePolicy.setHeightForWidth(self.availabilityBox.sizePolicy().hasHeightForWidth())
        self.availabilityBox.setSizePolicy(sizePolicy)
        self.availabilityLayout = QVBoxLayout(self.availabilityBox)
        self.availabilityLayout.setObjectName(u"availabilityLayout")
        self.availabilityGrid = AvailabilityGrid(self.availabilityBox)
        self.availabilityGrid.setObjectName(u"availabilityGrid")

        self.availabilityLayout.addWidget(self.availabilityGrid)


        self.mainLayout.addWidget(self.availabilityBox)

        self.tagsBox = QGroupBox(VolunteerEditor)
        self.tagsBox.setObjectName(u"tagsBox")
        sizePolicy.setHeightForWidth(self.tagsBox.sizePolicy().hasHeightForWidth())
        self.tagsBox.setSizePolicy(sizePolicy)
        self.tagsLayout = QFormLayout(self.tagsBox)
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.tagsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tagsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label14 = QLabel(self.tagsBox)
        self.label14.setObjectName(u"label14")

        self.tagsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label14)

        self.skillsEdit = TagEditor(self.tagsBox)
        self.skillsEdit.setObjectName(u"skillsEdit")

        self.tagsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.skillsEdit)

        self.label15 = QLabel(self.tagsBox)
        self.label15.setObjectName(u"label15")

        self.tagsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label15)

        self.languagesEdit = TagEditor(self.tagsBox)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.tagsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.label16 = QLabel(self.tagsBox)
        self.label16.setObjectName(u"label16")

        self.tagsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label16)

        self.interestsEdit = TagEditor(self.tagsBox)
        self.interestsEdit.setObjectName(u"interestsEdit")

        self.tagsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interestsEdit)


        self.mainLayout.addWidget(self.tagsBox)

        self.clearanceBox = QGroupBox(VolunteerEditor)
        self.clearanceBox.setObjectName(u"clearanceBox")
        sizePolicy.setHeightForWidth(self.clearanceBox.sizePolicy().hasHeightForWidth())
        self.clearanceBox.setSizePolicy(sizePolicy)
        self.clearanceLayout = QVBoxLayout(self.clearanceBox)
        self.clearanceLayout.setObjectName(u"clearanceLayout")
        self.clearanceLabel = QLabel(self.clearanceBox)
        self.clearanceLabel.setObjectName(u"clearanceLabel")
        self.clearanceLabel.setText(u"")
        self.clearanceLabel.setWordWrap(True)

        self.clearanceLayout.addWidget(self.clearanceLabel)

        self.clearanceButtons = QHBoxLayout()
        self.clearanceButtons.setObjectName(u"clearanceButtons")
        self.clearanceButtons.setContentsMargins(0, 0, 0, 0)
        self.recordClearanceButton = QPushButton(self.clearanceBox)
        self.recordClearanceButton.setObjectName(u"recordClearanceButton")

        self.clearanceButtons.addWidget(self.recordClearanceButton)

        self.clearanceButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.clearanceButtons.addItem(self.clearanceButtonsStretch)


        self.clearanceLayout.addLayout(self.clearanceButtons)


        self.mainLayout.addWidget(self.clearanceBox)

        self.projectsBox = QGroupBox(VolunteerEditor)
        self.projectsBox.setObjectName(u"projectsBox")
        sizePolicy.setHeightForWidth(self.projectsBox.sizePolicy().hasHeightForWidth())
        self.projectsBox.setSizePolicy(sizePolicy)
        self.projectsLayout = QVBoxLayout(self.projectsBox)
        self.projectsLayout.setObjectName(u"projectsLayout")
        self.projectsList = QListWidget(self.projectsBox)
        self.projectsList.setObjectName(u"projectsList")
        self.projectsList.setMaximumSize(QSize(16777215, 90))

        self.projectsLayout.addWidget(self.projectsList)

        self.trainingsLabel = QLabel(self.projectsBox)
        self.trainingsLabel.setObjectName(u"trainingsLabel")
        self.trainingsLabel.setText(u"")
        self.trainingsLabel.setWordWrap(True)

        self.projectsLayout.addWidget(self.trainingsLabel)


        self.mainLayout.addWidget(self.projectsBox)

        self.hoursBox = QGroupBox(VolunteerEditor)
        self.hoursBox.setObjectName(u"hoursBox")
        sizePolicy.setHeightForWidth(self.hoursBox.sizePolicy().hasHeightForWidth())
        self.hoursBox.setSizePolicy(sizePolicy)
        self.hoursLayout = QVBoxLayout(self.hoursBox)
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.hoursTable = QTableWidget(self.hoursBox)
        if (self.hoursTable.columnCount() < 4):
            self.hoursTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.hoursTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.hoursTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.hoursTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.hoursTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.hoursTable.setObjectName(u"hoursTable")
        self.hoursTable.setMinimumSize(QSize(0, 120))
        self.hoursTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hoursTable.setAlternatingRowColors(True)
        self.hoursTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hoursTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hoursTable.setTabKeyNavigation(False)
        self.hoursTable.setColumnCount(4)
        self.hoursTable.horizontalHeader().setStretchLastSection(True)
        self.hoursTable.verticalHeader().setVisible(False)

        self.hoursLayout.addWidget(self.hoursTable)

        self.hoursTotalLabel = QLabel(self.hoursBox)
        self.hoursTotalLabel.setObjectName(u"hoursTotalLabel")
        self.hoursTotalLabel.setText(u"")
        self.hoursTotalLabel.setWordWrap(True)

        self.hoursLayout.addWidget(self.hoursTotalLabel)

        self.hoursButtons = QHBoxLayout()
        self.hoursButtons.setObjectName(u"hoursButtons")
        self.hoursButtons.setContentsMargins(0, 0, 0, 0)
        self.addHoursButton = QPushButton(self.hoursBox)
        self.addHoursButton.setObjectName(u"addHoursButton")

        self.hoursButtons.addWidget(self.addHoursButton)

        self.removeHoursButton = QPushButton(self.hoursBox)
        self.removeHoursButton.setObjectName(u"removeHoursButton")

        self.hoursButtons.addWidget(self.removeHoursButton)

        self.hoursButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursButtons.addItem(self.hoursButtonsStretch)


        self.hoursLayout.addLayout(self.hoursButtons)


        self.mainLayout.addWidget(self.hoursBox)

        self.notesBox = QGroupBox(VolunteerEditor)
        self.notesBox.setObjectName(u"notesBox")
        sizePolicy.setHeightForWidth(self.notesBox.sizePolicy().hasHeightForWidth())
        self.notesBox.setSizePolicy(sizePolicy)
        self.notesLayout = QVBoxLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesBox)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 70))
        self.notesEdit.setMaximumSize(QSize(16777215, 140))
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)


        self.mainLayout.addWidget(self.notesBox)

        self.mainLayoutStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.mainLayoutStretch)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.firstNameEdit)
        self.label2.setBuddy(self.lastNameEdit)
        self.label3.setBuddy(self.birthYearSpin)
        self.label4.setBuddy(self.statusCombo)
        self.label5.setBuddy(self.activeSinceEdit)
        self.label6.setBuddy(self.leftOnEdit)
        self.label7.setBuddy(self.streetEdit)
        self.label8.setBuddy(self.postalCodeEdit)
        self.label9.setBuddy(self.cityEdit)
        self.localityLabel.setBuddy(self.localityCombo)
        self.label10.setBuddy(self.phoneEdit)
        self.label11.setBuddy(self.emailEdit)
        self.label12.setBuddy(self.consentGivenEdit)
        self.label13.setBuddy(self.consentWithdrawnEdit)
        self.label14.setBuddy(self.skillsEdit)
        self.label15.setBuddy(self.languagesEdit)
        self.label16.setBuddy(self.interestsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.birthYearSpin)
        QWidget.setTabOrder(self.birthYearSpin, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.activeSinceEdit)
        QWidget.setTabOrder(self.activeSinceEdit, self.leftOnEdit)
        QWidget.setTabOrder(self.leftOnEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.postalCodeEdit)
        QWidget.setTabOrder(self.postalCodeEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.localityCombo)
        QWidget.setTabOrder(self.localityCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.consentGivenEdit)
        QWidget.setTabOrder(self.consentGivenEdit, self.consentContactCheck)
        QWidget.setTabOrder(self.consentContactCheck, self.consentPhotosCheck)
        QWidget.setTabOrder(self.consentPhotosCheck, self.consentSharingCheck)
        QWidget.setTabOrder(self.consentSharingCheck, self.consentWithdrawnEdit)
        QWidget.setTabOrder(self.consentWithdrawnEdit, self.availabilityGrid)
        QWidget.setTabOrder(self.availabilityGrid, self.skillsEdit)
        QWidget.setTabOrder(self.skillsEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.interestsEdit)
        QWidget.setTabOrder(self.interestsEdit, self.recordClearanceButton)
        QWidget.setTabOrder(self.recordClearanceButton, self.projectsList)
        QWidget.setTabOrder(self.projectsList, self.hoursTable)
        QWidget.setTabOrder(self.hoursTable, self.addHoursButton)
        QWidget.setTabOrder(self.addHoursButton, self.removeHoursButton)
        QWidget.setTabOrder(self.removeHoursButton, self.notesEdit)

        self.retranslateUi(VolunteerEditor)

        QMetaObject.connectSlotsByName(VolunteerEditor)
    # setupUi

    def retranslateUi(self, VolunteerEditor):
        VolunteerEditor.setWindowTitle(QCoreApplication.translate("VolunteerEditor", u"Volunteer", None))
        self.personBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Person", None))
        self.label1.setText(QCoreApplication.translate("VolunteerEditor", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("VolunteerEditor", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.label3.setText(QCoreApplication.translate("VolunteerEditor", u"&Birth year:", None))
        self.birthYearSpin.setSpecialValueText(QCoreApplication.translate("VolunteerEditor", u"not known", None))
#if QT_CONFIG(accessibility)
        self.birthYearSpin.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Birth year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.birthYearSpin.setToolTip(QCoreApplication.translate("VolunteerEditor", u"Only the year is kept (data minimisation)", None))
#endif // QT_CONFIG(tooltip)
        self.label4.setText(QCoreApplication.translate("VolunteerEditor", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.label5.setText(QCoreApplication.translate("VolunteerEditor", u"&Active since:", None))
#if QT_CONFIG(accessibility)
        self.activeSinceEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Active since", None))
#endif // QT_CONFIG(accessibility)
        self.label6.setText(QCoreApplication.translate("VolunteerEditor", u"Left o&n:", None))
#if QT_CONFIG(accessibility)
        self.leftOnEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Left on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leftOnEdit.setToolTip(QCoreApplication.translate("VolunteerEditor", u"Set automatically when the status is \u201eausgeschieden\u201c", None))
#endif // QT_CONFIG(tooltip)
        self.addressBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Address and contact", None))
        self.label7.setText(QCoreApplication.translate("VolunteerEditor", u"St&reet:", None))
#if QT_CONFIG(accessibility)
        self.streetEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Street", None))
#endif // QT_CONFIG(accessibility)
        self.label8.setText(QCoreApplication.translate("VolunteerEditor", u"&Postal code:", None))
#if QT_CONFIG(accessibility)
        self.postalCodeEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Postal code", None))
#endif // QT_CONFIG(accessibility)
        self.label9.setText(QCoreApplication.translate("VolunteerEditor", u"&City:", None))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.localityLabel.setText(QCoreApplication.translate("VolunteerEditor", u"&District:", None))
#if QT_CONFIG(accessibility)
        self.localityCombo.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"District", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.localityCombo.setToolTip(QCoreApplication.translate("VolunteerEditor", u"The village or district of the municipality: choose one of the network's or type another", None))
#endif // QT_CONFIG(tooltip)
        self.label10.setText(QCoreApplication.translate("VolunteerEditor", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.label11.setText(QCoreApplication.translate("VolunteerEditor", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.consentBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Consent (GDPR)", None))
        self.label12.setText(QCoreApplication.translate("VolunteerEditor", u"&Given on:", None))
#if QT_CONFIG(accessibility)
        self.consentGivenEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Consent given on", None))
#endif // QT_CONFIG(accessibility)
        self.consentContactCheck.setText(QCoreApplication.translate("VolunteerEditor", u"Contact data may be passed on in lists", None))
#if QT_CONFIG(accessibility)
        self.consentContactCheck.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Contact data may be passed on in lists", None))
#endif // QT_CONFIG(accessibility)
        self.consentPhotosCheck.setText(QCoreApplication.translate("VolunteerEditor", u"Photos may be used", None))
#if QT_CONFIG(accessibility)
        self.consentPhotosCheck.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Photos may be used", None))
#endif // QT_CONFIG(accessibility)
        self.consentSharingCheck.setText(QCoreApplication.translate("VolunteerEditor", u"Data may be shared with partners", None))
#if QT_CONFIG(accessibility)
        self.consentSharingCheck.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Data may be shared with partners", None))
#endif // QT_CONFIG(accessibility)
        self.label13.setText(QCoreApplication.translate("VolunteerEditor", u"&Withdrawn on:", None))
#if QT_CONFIG(accessibility)
        self.consentWithdrawnEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Consent withdrawn on", None))
#endif // QT_CONFIG(accessibility)
        self.availabilityBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Availability", None))
#if QT_CONFIG(accessibility)
        self.availabilityGrid.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Availability", None))
#endif // QT_CONFIG(accessibility)
        self.tagsBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Skills, languages and interests", None))
        self.label14.setText(QCoreApplication.translate("VolunteerEditor", u"S&kills:", None))
#if QT_CONFIG(accessibility)
        self.skillsEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Skills", None))
#endif // QT_CONFIG(accessibility)
        self.label15.setText(QCoreApplication.translate("VolunteerEditor", u"Lang&uages:", None))
#if QT_CONFIG(accessibility)
        self.languagesEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.label16.setText(QCoreApplication.translate("VolunteerEditor", u"&Interests:", None))
#if QT_CONFIG(accessibility)
        self.interestsEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Interests", None))
#endif // QT_CONFIG(accessibility)
        self.clearanceBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Extended police clearance", None))
        self.recordClearanceButton.setText(QCoreApplication.translate("VolunteerEditor", u"Record inspection\u2026", None))
#if QT_CONFIG(accessibility)
        self.recordClearanceButton.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Record inspection\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.recordClearanceButton.setToolTip(QCoreApplication.translate("VolunteerEditor", u"Record that a police clearance was shown", None))
#endif // QT_CONFIG(tooltip)
        self.projectsBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Projects and trainings", None))
#if QT_CONFIG(accessibility)
        self.projectsList.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Projects", None))
#endif // QT_CONFIG(accessibility)
        self.hoursBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Hours", None))
        ___qtablewidgetitem = self.hoursTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VolunteerEditor", u"Date", None))
        ___qtablewidgetitem1 = self.hoursTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VolunteerEditor", u"Project", None))
        ___qtablewidgetitem2 = self.hoursTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VolunteerEditor", u"Hours", None))
        ___qtablewidgetitem3 = self.hoursTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("VolunteerEditor", u"Note", None))
#if QT_CONFIG(accessibility)
        self.hoursTable.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Logged hours", None))
#endif // QT_CONFIG(accessibility)
        self.addHoursButton.setText(QCoreApplication.translate("VolunteerEditor", u"Add &entry\u2026", None))
#if QT_CONFIG(accessibility)
        self.addHoursButton.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Add entry\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addHoursButton.setToolTip(QCoreApplication.translate("VolunteerEditor", u"Log hours of this volunteer", None))
#endif // QT_CONFIG(tooltip)
        self.removeHoursButton.setText(QCoreApplication.translate("VolunteerEditor", u"Remove entr&y", None))
#if QT_CONFIG(accessibility)
        self.removeHoursButton.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Remove entry", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeHoursButton.setToolTip(QCoreApplication.translate("VolunteerEditor", u"Remove the selected entry", None))
#endif // QT_CONFIG(tooltip)
        self.notesBox.setTitle(QCoreApplication.translate("VolunteerEditor", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("VolunteerEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

