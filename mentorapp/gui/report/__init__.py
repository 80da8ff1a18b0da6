"""The career-centre report in the desktop app: File > Career-centre report…"""
